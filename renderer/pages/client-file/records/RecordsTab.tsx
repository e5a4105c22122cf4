// A tab made of record sections (work & income holds two: employment periods and monthly incomes).
import type { RecordKind } from '../../../../shared/api/procedures/records';
import type { FocusFact } from '../tabs';
import { kindOfPrefix, recordConfigs } from './recordConfigs';
import { RecordSection } from './RecordSection';

interface Props {
  kinds: RecordKind[];
  focus: FocusFact | null;
  onFocusDone(): void;
}

export function RecordsTab({ kinds, focus, onFocusDone }: Props) {
  const target = focus ? kindOfPrefix[focus.prefix] : undefined;
  return (
    <>
      {kinds.map((kind) => (
        <RecordSection
          key={kind}
          config={recordConfigs[kind]}
          focus={target === kind ? focus : null}
          onFocusDone={onFocusDone}
        />
      ))}
    </>
  );
}

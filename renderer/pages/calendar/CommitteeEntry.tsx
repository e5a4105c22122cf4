// A medical committee in the calendar: its time and place (an NII branch, or a service centre with its
// kind) beside the client, the committee's kind under it in the agenda; a click opens the claim, or the
// client's committees.
import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CommitteeListRow } from '../../../shared/schemas/committees';
import { Ltr } from '../../components/Ltr';
import { placeName, placeWithKind } from '../committees/committeePlace';

export function CommitteeEntry({ committee, compact }: { committee: CommitteeListRow; compact?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const place = placeName(t, committee);
  const link =
    committee.claimId !== null ? `/claims/${committee.claimId}` : `/clients/${committee.clientId}/committees`;
  const label = t('committees.calendar.label', {
    client: committee.clientName,
    time: committee.committeeTime ?? '',
    place: placeWithKind(t, committee),
  });

  return (
    <UnstyledButton
      onClick={() => void navigate(link)}
      w="100%"
      p={compact ? 2 : 4}
      data-testid="calendar-committee"
      title={label}
      style={{ borderInlineStart: '3px solid var(--mantine-color-grape-6)', borderRadius: 2 }}
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        <IconStethoscope size={compact ? 12 : 14} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
        {compact ? (
          <Text size="xs" lineClamp={1}>
            {committee.committeeTime && <Ltr>{committee.committeeTime}</Ltr>} {committee.clientName} · {place}
          </Text>
        ) : (
          <div>
            <Text size="sm" fw={500}>
              {committee.committeeTime && (
                <>
                  <Ltr>{committee.committeeTime}</Ltr>{' '}
                </>
              )}
              {committee.clientName} · {t(`committees.type.${committee.committeeType}`)}
            </Text>
            <Group gap={4}>
              <Badge size="xs" variant="light" color="grape">
                {place}
              </Badge>
              {committee.benefit && (
                <Badge size="xs" variant="outline" color="gray">
                  {t(`claims.benefit.${committee.benefit}`)}
                </Badge>
              )}
            </Group>
          </div>
        )}
      </Group>
    </UnstyledButton>
  );
}

// Facts a right still needs (or that the scan assumed): each named fact links to the file tab where
// it is entered, or — for facts the file does not hold — to its field in the what-if.
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { factLink } from './factLinks';
import { WHAT_IF_FACTS, type WhatIfValues } from './whatIf';

interface Props {
  clientId: number;
  facts: string[];
  /** Locale keys of the list's title and of the hint under it. */
  title: string;
  hint: string;
  /** Opens the what-if on the field of a fact the file does not hold; without it such a fact is plain text. */
  onAskWhatIf?(key: keyof WhatIfValues): void;
}

export function FactList({ clientId, facts, title, hint, onAskWhatIf }: Props) {
  const { t } = useTranslation();
  if (facts.length === 0) return null;
  const label = (fact: string) =>
    factLink(clientId, fact) || WHAT_IF_FACTS[fact] ? t(`rights.facts.${fact}`, { defaultValue: fact }) : fact;
  return (
    <div>
      <Text fw={600} size="sm">
        {t(title)}
      </Text>
      <Text size="xs" c="dimmed">
        {t(hint)}
      </Text>
      <List size="sm" spacing={2} mt={4}>
        {facts.map((fact) => {
          const link = factLink(clientId, fact);
          const whatIf = WHAT_IF_FACTS[fact];
          return (
            <List.Item key={fact}>
              {whatIf && onAskWhatIf ? (
                <Anchor component="button" type="button" onClick={() => onAskWhatIf(whatIf)} data-fact={fact}>
                  {label(fact)} ({t('rights.whatIf.ask')})
                </Anchor>
              ) : link && !whatIf ? (
                <Anchor component={Link} to={link} data-fact={fact}>
                  {label(fact)}
                </Anchor>
              ) : (
                label(fact)
              )}
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}

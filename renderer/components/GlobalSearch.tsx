// The top bar's search (Ctrl+K): clients, claims and notes appear under the box while typing — asked
// once typing pauses, and only the reply to the latest question is shown. Arrow keys pick a result;
// Enter on no result opens the client list on the query, as before.
import { Combobox, Group, Kbd, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { GlobalResults } from '../../shared/api/procedures/search';
import { useLatestReply } from '../api/useLatestReply';
import { Ltr } from './Ltr';

const PAUSE_MS = 200;
const PER_KIND = 5;

/** Where each result leads: `kind:id` → the screen. */
function resultPath(value: string): string {
  const [kind, id, clientId] = value.split(':');
  if (kind === 'client') return `/clients/${id}`;
  if (kind === 'claim') return `/claims/${id}`;
  return `/clients/${clientId}/notes`;
}

function ResultGroups({ results }: { results: GlobalResults }) {
  const { t } = useTranslation();
  return (
    <>
      {results.clients.length > 0 && (
        <Combobox.Group label={t('header.results.clients')} data-testid="results-clients">
          {results.clients.map((client) => (
            <Combobox.Option key={client.id} value={`client:${client.id}`}>
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm">{`${client.firstNameHe} ${client.lastNameHe}`}</Text>
                <Text size="xs" c="dimmed">
                  <Ltr>{client.idNumber}</Ltr>
                </Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Group>
      )}
      {results.claims.length > 0 && (
        <Combobox.Group label={t('header.results.claims')}>
          {results.claims.map((claim) => (
            <Combobox.Option key={claim.id} value={`claim:${claim.id}`}>
              <Text size="sm">{`${t(`claims.benefit.${claim.benefit}`)} · ${claim.clientName}`}</Text>
            </Combobox.Option>
          ))}
        </Combobox.Group>
      )}
      {results.notes.length > 0 && (
        <Combobox.Group label={t('header.results.notes')}>
          {results.notes.map((note) => (
            <Combobox.Option key={note.id} value={`note:${note.id}:${note.clientId}`}>
              <Text size="sm" lineClamp={1}>{`${note.clientName}: ${note.excerpt}`}</Text>
            </Combobox.Option>
          ))}
        </Combobox.Group>
      )}
    </>
  );
}

export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [asked] = useDebouncedValue(query.trim(), PAUSE_MS);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const reply = useLatestReply('search.global', asked ? { query: asked, limit: PER_KIND } : null);
  useHotkeys([['mod+K', () => inputRef.current?.focus()]], []);

  const results = asked ? reply.value : null;
  const answered = results !== null && reply.failure === null;
  const empty = answered && results.clients.length + results.claims.length + results.notes.length === 0;

  const go = (path: string) => {
    combobox.closeDropdown();
    setQuery('');
    inputRef.current?.blur();
    void navigate(path);
  };

  return (
    <Combobox store={combobox} onOptionSubmit={(value) => go(resultPath(value))} position="bottom-start" width={420}>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={inputRef}
          w={380}
          aria-label={t('header.search')}
          placeholder={t('header.search')}
          leftSection={<IconSearch size={16} />}
          rightSection={
            query.trim() !== asked || (asked && reply.value === null && !reply.failure) ? (
              <Loader size={14} />
            ) : (
              <Kbd size="xs">{t('header.searchHint')}</Kbd>
            )
          }
          rightSectionWidth={64}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
            combobox.resetSelectedOption();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && combobox.getSelectedOptionIndex() === -1 && query.trim())
              go(`/clients?q=${encodeURIComponent(query.trim())}`);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!asked} data-testid="global-results" aria-busy={query.trim() !== asked}>
        <Combobox.Options>
          {reply.failure && <Combobox.Empty>{reply.failure}</Combobox.Empty>}
          {empty && <Combobox.Empty>{t('header.results.none')}</Combobox.Empty>}
          {answered && <ResultGroups results={results} />}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

// Where the upload package goes: a folder on the machine that keeps the office's data, typed or one
// of the last used (the server checks it exists and can be written); left empty, the package is only
// downloaded. The desktop shell has no folder picker of its own, so the path is typed there too.
import { Autocomplete } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LTR_FIELD } from '../../forms/ltrField';

const RECENT_KEY = 'mitzui.paperwork.exportFolders';
const RECENT_MAX = 5;

function readRecent(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** The folder being typed, the recent ones, and `remember` once the server wrote into it. */
export function useExportTarget() {
  const [recent, setRecent] = useState(readRecent);
  const [folder, setFolder] = useState(() => recent[0] ?? '');
  const remember = (used: string) => {
    const next = [used, ...recent.filter((item) => item !== used)].slice(0, RECENT_MAX);
    localStorage.setItem(RECENT_KEY, JSON.stringify(next));
    setRecent(next);
  };
  return { folder, setFolder, recent, remember };
}

export function ExportTarget({
  folder,
  recent,
  error,
  onChange,
}: {
  folder: string;
  recent: string[];
  error: string | null;
  onChange: (folder: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Autocomplete
      label={t('paperwork.claim.targetFolder')}
      description={t('paperwork.claim.targetFolderHelp')}
      {...LTR_FIELD}
      w={420}
      data={recent}
      value={folder}
      error={error}
      onChange={onChange}
    />
  );
}

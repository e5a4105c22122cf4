// settings.about: the data folder the running app uses and the build's version.
import path from 'node:path';
import packageJson from '../../package.json';
import type { Handlers } from './handler';

const manifest = packageJson as { version: string; license?: string };

export const settingsHandlers: Handlers<'settings.about'> = {
  'settings.about': (call) => {
    const { files } = call.keeper;
    return {
      version: manifest.version,
      licence: manifest.license ?? 'UNLICENSED',
      dataFolder: path.dirname(files.database),
      databaseFile: files.database,
      backupsFolder: files.backups,
    };
  },
};

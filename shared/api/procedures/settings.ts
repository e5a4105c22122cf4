// What the settings screen shows about the installation: where the office's data lives, the version.
import { z } from 'zod';
import { everyone, procedure } from '../procedure';

export interface AboutInstallation {
  version: string;
  /** The licence as package.json states it (UNLICENSED: proprietary, all rights reserved). */
  licence: string;
  dataFolder: string;
  databaseFile: string;
  backupsFolder: string;
}

export const settingsProcedures = {
  'settings.about': procedure<AboutInstallation>()({ input: z.object({}), access: everyone }),
};

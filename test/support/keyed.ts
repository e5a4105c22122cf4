// Opening a store file in a test the way the app does: with the data key its folder has in the test
// key folder (or any given key), since every store the app makes is encrypted.
import path from 'node:path';
import { loadDataKey } from '../../db/audit-key';
import { openFile, type Connection, type Database } from '../../db/sqlite';
import { testKeys } from './temp';

/** The data key of this data folder in the test key folder. */
export function folderKey(dataDir: string): Buffer | null {
  return loadDataKey(testKeys, dataDir);
}

/** The store file opened with the key of the data folder it is in (or of `keyFolder`). */
export function openKeyed(file: string, options?: Database.Options, keyFolder = path.dirname(file)): Connection {
  return openFile(file, folderKey(keyFolder), options);
}

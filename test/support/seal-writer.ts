// Child process for the conversion test: seals the plain documents of a folder, printing how many
// are done after each, until it finishes or is killed.
import { encryptExistingDocuments } from '../../main/storage/document-keys';

const [root, keyHex] = process.argv.slice(2) as [string, string];
await encryptExistingDocuments(root, Buffer.from(keyHex, 'hex'), (progress) => console.log(progress.done));
console.log('done');

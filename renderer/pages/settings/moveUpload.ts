// Sends a move package to the server in parts (a whole office is larger than one request), in order,
// each part starting where the server says the last one ended.
import { MOVE_PART_BYTES } from '../../../shared/schemas/move';
import type { ApiResult } from '../../../shared/api/result';
import { call } from '../../api/client';
import { fileToBase64 } from '../client-file/documents/fileBytes';

export async function uploadMovePackage(file: File, onProgress: (sent: number) => void): Promise<ApiResult<string>> {
  let uploadId: string | undefined;
  for (let offset = 0; offset < file.size; offset += MOVE_PART_BYTES) {
    const part = new File([file.slice(offset, offset + MOVE_PART_BYTES)], file.name);
    const reply = await call('backup.moveUpload', {
      ...(uploadId ? { uploadId } : {}),
      offset,
      contentBase64: await fileToBase64(part),
    });
    if (!reply.ok) return reply;
    uploadId = reply.value.uploadId;
    onProgress(reply.value.received);
  }
  return { ok: true, value: uploadId! };
}

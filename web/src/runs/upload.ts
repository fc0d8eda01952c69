import { ApiError } from '../lib/api';
import type { ImportStatus } from './types';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface Upload {
  done: Promise<ImportStatus>;
  abort(): void;
}

/** POST /api/imports as multipart with XMLHttpRequest, so the page can show bytes sent. */
export function uploadFiles(files: File[], onProgress: (p: UploadProgress) => void): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<ImportStatus>((resolve, reject) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    xhr.open('POST', '/api/imports');
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ loaded: e.loaded, total: e.total });
    };
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && data) {
        resolve(data as ImportStatus); // POST /api/imports answers 202 with the contract's import status
        return;
      }
      reject(
        ApiError.fromResponse(
          xhr.status,
          data,
          // The server's message names the file or the limit; a proxy's 413 carries none.
          xhr.status === 413
            ? 'This upload is larger than this server accepts. Try fewer or smaller files at a time.'
            : `The server answered ${xhr.status}.`,
        ),
      );
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'network', 'The upload stopped: the server could not be reached. Try again.'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'Upload cancelled.'));
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}

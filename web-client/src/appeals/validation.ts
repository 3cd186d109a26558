/**
 * AC-5 checks of the chosen files before sending, the same caps account-service applies (it decides,
 * by the files' content): at most 3 files, each at most 5 MB, named .jpg, .jpeg, .png or .pdf.
 */
export const MAX_FILES = 3;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const EXTENSIONS = /\.(jpe?g|png|pdf)$/i;

export interface FileIssue {
  key: string;
  name?: string;
}

export function checkFiles(files: File[]): FileIssue | null {
  if (files.length > MAX_FILES) return { key: 'appeals.error.tooManyFiles' };
  for (const file of files) {
    if (!EXTENSIONS.test(file.name)) return { key: 'appeals.error.fileType', name: file.name };
    if (file.size > MAX_FILE_BYTES) return { key: 'appeals.error.fileSize', name: file.name };
  }
  return null;
}

/** 48213 -> "47 КБ" / "47 KB"; 2.5 MB -> "2,5 МБ". */
export function fileSize(bytes: number, lang: 'ru' | 'en'): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} ${lang === 'ru' ? 'КБ' : 'KB'}`;
  const mb = (kb / 1024).toFixed(1);
  return `${lang === 'ru' ? mb.replace('.', ',') : mb} ${lang === 'ru' ? 'МБ' : 'MB'}`;
}

/** Turns a Node file-system error into a short phrase for a log line: "permission denied (EACCES)". */
export function describeFsError(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    const known: Record<string, string> = {
      ENOENT: 'no such file or folder',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      ENOTDIR: 'a path component is not a folder',
      EISDIR: 'is a folder',
      ELOOP: 'too many symbolic links',
      EROFS: 'read-only file system',
      ENOSPC: 'no space left on device',
    };
    return `${known[error.code] ?? error.message} (${error.code})`;
  }
  return error instanceof Error ? error.message : String(error);
}

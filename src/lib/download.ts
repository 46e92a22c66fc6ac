/** Saves text as a file through the browser's download. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "aws-exam-simulator-2026-11-23.json" */
export function backupFilename(now = new Date()): string {
  return `aws-exam-simulator-${now.toISOString().slice(0, 10)}.json`;
}

// Saves a file from an extension page: a Blob URL clicked through an <a download>, which works
// in extension pages and headless browsers alike without the downloads permission.
export function downloadBlob(parts: BlobPart[], type: string, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// Which data file's view the build writes into its page (tools/postbuild.mjs): the file the
// page loads (its `scorecard-src`, untouched; else the bundled sample) when the build has it
// among its own data files (public/data/, copied to data/). Any other file's page gets no
// written view: a page must never carry figures that are not its file's.
import fs from 'node:fs';
import path from 'node:path';

/** The path of the file to write the view of, or null; `setting` is the page's scorecard-src. */
export function writtenFile(staging, setting) {
  const address = setting || 'data/sample.json';
  // Another origin, the site's root or a parent folder: never among the build's files.
  if (/^[a-z][a-z0-9+.-]*:|^\/|\?|#/i.test(address)) return null;
  const file = path.resolve(staging, address);
  const data = path.join(path.resolve(staging), 'data') + path.sep;
  return file.startsWith(data) && fs.existsSync(file) ? file : null;
}

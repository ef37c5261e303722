// Trunk post-build hook (before postbuild.mjs): builds the chart export module (each chart's menu)
// (crates/scorecard-export), fetched by the dashboard only when a reader takes a chart out,
// into export-<hash>/, and names it in index.html for the app to find
// (<meta name="scorecard-export">; mount.js names it too, for a host page).
import fs from 'node:fs';
import path from 'node:path';
import { addMeta, buildModule } from './build-module.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const dir = buildModule(staging, 'scorecard-export', 'export');
export const exportModule = `${dir}/scorecard-export.js`;
const index = path.join(staging, 'index.html');
fs.writeFileSync(index, addMeta(fs.readFileSync(index, 'utf8'), 'scorecard-export', exportModule));

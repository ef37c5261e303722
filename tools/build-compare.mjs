// Trunk post-build hook (before postbuild.mjs): builds the comparison views' own wasm
// (crates/scorecard-compare), fetched by the dashboard only when a view compares councils,
// into compare-<hash>/, and names it in index.html for the app to find
// (<meta name="scorecard-compare">; mount.js names it too, for a host page).
import fs from 'node:fs';
import path from 'node:path';
import { addMeta, buildModule } from './build-module.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const dir = buildModule(staging, 'scorecard-compare', 'compare');
export const compareModule = `${dir}/scorecard-compare.js`;
const index = path.join(staging, 'index.html');
fs.writeFileSync(index, addMeta(fs.readFileSync(index, 'utf8'), 'scorecard-compare', compareModule));

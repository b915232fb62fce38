// Validates SARIF files against the official SARIF 2.1.0 JSON schema (draft-04), the copy
// @microsoft/jest-sarif ships. Usage: node validate-sarif.mjs FILE...
// Exit 0 when every file is valid, 1 when one is not (errors on stderr), 2 on usage errors.
// Copied next to its node_modules in the build directory (tests/scancli/CMakeLists.txt), so
// bare imports resolve there and nothing is installed into the source tree.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const schemaPath = join(here, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas',
                        'sarif-2.1.0-rtm.5.json');

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate-sarif.mjs FILE...');
  process.exit(2);
}

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
// strict: false because the schema uses draft-04 keywords ajv's strict mode rejects
// (e.g. "id" next to "$schema"); allErrors so one run shows every problem.
// unicodeRegExp: false because the schema's language-tag pattern has a stray ']' that
// JavaScript rejects in unicode mode (the schema predates ajv's default).
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = false;
for (const file of files) {
  let document;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: not JSON: ${error.message}`);
    failed = true;
    continue;
  }
  if (validate(document)) {
    console.log(`${file}: valid SARIF 2.1.0`);
  } else {
    failed = true;
    for (const error of validate.errors)
      console.error(`${file}: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
  }
}
process.exit(failed ? 1 : 0);

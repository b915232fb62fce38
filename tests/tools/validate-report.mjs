// Validates approval-pack JSON (greenlight-cli report --format json) against the committed
// schema, docs/report-schema.json (JSON Schema 2020-12).
// Usage: node validate-report.mjs SCHEMA FILE...
// Exit 0 when every file is valid, 1 when one is not (errors on stderr), 2 on usage errors.
// Copied next to its node_modules in the build directory (tests/reporttext/CMakeLists.txt),
// so bare imports resolve there and nothing is installed into the source tree.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: node validate-report.mjs SCHEMA FILE...');
  process.exit(2);
}

// strict: the schema is ours, so every keyword must be one ajv knows; allErrors so one run
// shows every problem.
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

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
    console.log(`${file}: valid approval pack, schemaVersion ${document.schemaVersion}`);
  } else {
    failed = true;
    for (const error of validate.errors)
      console.error(`${file}: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
  }
}
process.exit(failed ? 1 : 0);

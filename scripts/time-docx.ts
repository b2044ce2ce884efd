/** Times the .docx of the sample's 说明 (what `fa-check book.xlsx --explain 说明.docx` writes). */
import { readFileSync } from "fs";
import { generateExplanation } from "../src/explain";
import { docxBuffer } from "../src/export/docx";
import { readXlsxFile } from "../src/hosts/file";
import { recognize } from "../src/tables";

(async () => {
  const snapshot = await readXlsxFile("examples/changji-education-2024.xlsx");
  const tables = recognize(snapshot).tables;
  const inputs = JSON.parse(readFileSync("examples/explain-inputs.json", "utf8"));
  const runs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const e = generateExplanation(tables, inputs);
    bytes = (await docxBuffer(e, { snapshot, tables })).length;
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  console.log(`docx: median ${runs[2].toFixed(0)} ms over 5 runs (generate + pack, with tables), ${bytes} bytes`);
})();

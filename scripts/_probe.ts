import { checkNarrative } from "../src/explain";
import { PUBLISHED_TEXTS, PLANTED_FIXES, score } from "../test/explain/published-texts";
for (const doc of PUBLISHED_TEXTS) {
  const f = checkNarrative(doc.text, doc.tables);
  console.log("==", doc.name, JSON.stringify(score(doc, f), null, 1));
  for (const x of f) console.log("  ", x.severity, x.rule, x.actual, "→", x.expected, x.message);
  let fixed = doc.text; for (const [a, b] of PLANTED_FIXES[doc.name]) fixed = fixed.replace(a, b);
  const g = checkNarrative(fixed, doc.tables);
  console.log(" fixed:", JSON.stringify(score(doc, g, (e) => e.origin === "real")));
}

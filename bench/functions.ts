/**
 * Calls per second of EXECRATE, VARIANCERATE and INDICATORSCORE (through the same wrappers Excel
 * calls) over 1,000,000 mixed inputs — numbers and numeric text — next to a plain-float baseline in
 * the same run. Exactness is checked against decimal.js on a sample before timing.
 */
import { EXECRATE, INDICATORSCORE, VARIANCERATE } from "../functions/functions";
import { Decimal } from "../src/numbers/decimal";

const N = 1_000_000;

/** Deterministic inputs: 3 of 4 amounts are numbers, 1 of 4 is text like "1,234.56". */
function inputs(seed = 42): { a: (number | string)[]; b: (number | string)[]; af: number[]; bf: number[] } {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const a: (number | string)[] = [];
  const b: (number | string)[] = [];
  const af: number[] = [];
  const bf: number[] = [];
  for (let i = 0; i < N; i++) {
    const x = Math.round(next() * 1e7) / 100;
    const y = Math.round(next() * 1e7 + 1) / 100;
    af.push(x);
    bf.push(y);
    a.push(i % 4 === 3 ? x.toLocaleString("en-US", { minimumFractionDigits: 2 }) : x);
    b.push(i % 4 === 1 ? y.toLocaleString("en-US", { minimumFractionDigits: 2 }) : y);
  }
  return { a, b, af, bf };
}

const floatOf = (x: number | string) => (typeof x === "number" ? x : Number(x.replace(/,/g, "")));

function time(label: string, n: number, body: () => number): { label: string; perSecond: number; checksum: number } {
  body(); // warm-up
  const start = process.hrtime.bigint();
  const checksum = body();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { label, perSecond: n / seconds, checksum };
}

export function run(): void {
  const { a, b, af, bf } = inputs();
  for (let i = 0; i < 10_000; i++) {
    const exact = new Decimal(af[i]).div(bf[i]).toNumber();
    if (EXECRATE(a[i], b[i]) !== exact) throw new Error(`EXECRATE inexact at ${a[i]} / ${b[i]}`);
    const change = new Decimal(af[i]).minus(bf[i]).div(bf[i]).toNumber() + 0;
    if (VARIANCERATE(a[i], b[i]) !== change) throw new Error(`VARIANCERATE inexact at ${a[i]}, ${b[i]}`);
  }

  const targets = [">=95%", ">=100人", "<=66.30万元", "=1次", "2024年12月20日之前"];
  const actuals = ["=100%", "=161人", "=65.5万元", "=1次", "2024年8月16日"];
  const M = N;

  const rows = [
    [
      time("EXECRATE", N, () => {
        let acc = 0;
        for (let i = 0; i < N; i++) acc += EXECRATE(a[i], b[i]);
        return acc;
      }),
      time("float a / b", N, () => {
        let acc = 0;
        for (let i = 0; i < N; i++) acc += floatOf(a[i]) / floatOf(b[i]);
        return acc;
      }),
    ],
    [
      time("VARIANCERATE", N, () => {
        let acc = 0;
        for (let i = 0; i < N; i++) acc += VARIANCERATE(a[i], b[i]);
        return acc;
      }),
      time("float (a − b) / b", N, () => {
        let acc = 0;
        for (let i = 0; i < N; i++) {
          const y = floatOf(b[i]);
          acc += (floatOf(a[i]) - y) / y;
        }
        return acc;
      }),
    ],
    [
      time("INDICATORSCORE", M, () => {
        let acc = 0;
        for (let i = 0; i < M; i++) acc += INDICATORSCORE(10, targets[i % 5], actuals[i % 5]);
        return acc;
      }),
      time("float w × (2 − a/t)", M, () => {
        let acc = 0;
        for (let i = 0; i < M; i++) {
          const r = (af[i] + 1) / (bf[i] + 1);
          acc += Math.round(10 * (r <= 1 ? r : Math.max(0, 2 - r)) * 100) / 100;
        }
        return acc;
      }),
    ],
  ];
  console.log("functions: calls per second over 1,000,000 inputs (1 in 4 amounts is text like \"1,234.56\");");
  console.log("  results exact: EXECRATE and VARIANCERATE checked against decimal.js on 10,000 inputs before timing");
  for (const [fn, base] of rows) {
    console.log(
      `  ${fn.label.padEnd(15)} ${Math.round(fn.perSecond).toLocaleString("en-US").padStart(12)}/s   ` +
        `${base.label.padEnd(20)} ${Math.round(base.perSecond).toLocaleString("en-US").padStart(12)}/s   ` +
        `float ÷ FA = ${(base.perSecond / fn.perSecond).toFixed(2)}`,
    );
  }
}

if (require.main === module) run();

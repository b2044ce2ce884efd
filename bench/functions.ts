/**
 * Calls per second of the FA functions (through the same wrappers Excel calls) over 1,000,000 mixed
 * inputs — numbers and numeric text — next to baselines in the same run: plain floats for each, and
 * decimal.js for EXECRATE, VARIANCERATE and INDICATORSCORE (its reference path), with
 * INDICATORSCORE's goal of ≥ 2 M calls per CPU-second (issue 17). Rates per CPU-second of this
 * process are printed beside wall rates: the machine may be shared. Exactness is checked against
 * decimal.js on a sample before timing.
 */
import { COMPLETIONRATE, EXECRATE, EXECSCORE, INDICATORSCORE, SHARE, SUMCHECK, VARIANCERATE, VARIANCETEXT } from "../functions/functions";
import { Decimal } from "../src/numbers/decimal";
import { scoreIndicator } from "../src/indicators";

/** issue 17's goal for INDICATORSCORE. */
const INDICATOR_GOAL = 2_000_000;

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

/**
 * Calls per second of wall time and of this process's CPU time: on a shared machine the CPU figure
 * is the steadier one (what one idle core does); the goal is judged on it, both are printed.
 */
function time(label: string, n: number, body: () => number): { label: string; perSecond: number; perCpuSecond: number; checksum: number } {
  body(); // warm-up
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const checksum = body();
  const used = process.cpuUsage(cpu);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { label, perSecond: n / seconds, perCpuSecond: n / ((used.user + used.system) / 1e6), checksum };
}

export function run(): void {
  const { a, b, af, bf } = inputs();
  for (let i = 0; i < 10_000; i++) {
    const exact = new Decimal(af[i]).div(bf[i]).toNumber();
    if (EXECRATE(a[i], b[i]) !== exact) throw new Error(`EXECRATE inexact at ${a[i]} / ${b[i]}`);
    const change = new Decimal(af[i]).minus(bf[i]).div(bf[i]).toNumber() + 0;
    if (VARIANCERATE(a[i], b[i]) !== change) throw new Error(`VARIANCERATE inexact at ${a[i]}, ${b[i]}`);
  }

  // 1,000 distinct indicator rows (a large 绩效自评表), called in turn
  const targets: string[] = [];
  const actuals: string[] = [];
  const rules: string[] = [];
  const shapes = [
    (x: number) => [">=95%", `=${(90 + (x % 1000) / 100).toFixed(2)}%`],
    (x: number) => [">=100人", `=${80 + (x % 90)}人`],
    (x: number) => ["<=66.30万元", `=${(60 + (x % 900) / 100).toFixed(2)}万元`],
    () => ["=1次", "=1次"],
    (x: number) => ["2024年12月20日之前", `2024年${1 + (x % 12)}月${1 + (x % 28)}日`],
  ];
  for (let i = 0; i < 1000; i++) {
    const [t, a] = shapes[i % shapes.length](i * 7919);
    targets.push(t);
    actuals.push(a);
    rules.push(["", "满意度赋分", "直接赋分", "按照完成比例赋分"][i % 4]);
  }
  const weights = [10, 20, 5, 15, 30];
  const M = N;
  for (let i = 0; i < 1000; i++) {
    const ref = scoreIndicator({ weight: weights[i % 5], target: targets[i], actual: actuals[i], rule: rules[i] });
    const expected = ref.ok && ref.score ? ref.score.toNumber() : NaN;
    if (INDICATORSCORE(weights[i % 5], targets[i], actuals[i], rules[i]) !== expected) throw new Error(`INDICATORSCORE differs at row ${i}`);
  }

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
      time("decimal.js a / b", N / 10, () => {
        let acc = 0;
        for (let i = 0; i < N / 10; i++) acc += new Decimal(floatOf(a[i])).div(floatOf(b[i])).toNumber();
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
      time("decimal.js (a − b) / b", N / 10, () => {
        let acc = 0;
        for (let i = 0; i < N / 10; i++) {
          const y = floatOf(b[i]);
          acc += new Decimal(floatOf(a[i])).minus(y).div(y).toNumber();
        }
        return acc;
      }),
    ],
    [
      time("INDICATORSCORE", M, () => {
        let acc = 0;
        for (let i = 0; i < M; i++) acc += INDICATORSCORE(weights[i % 5], targets[i % 1000], actuals[i % 1000], rules[i % 1000]);
        return acc;
      }),
      time("float (naive)", M, () => {
        let acc = 0;
        for (let i = 0; i < M; i++) acc += naiveIndicatorScore(weights[i % 5], targets[i % 1000], actuals[i % 1000], rules[i % 1000]);
        return acc;
      }),
      time("decimal.js path", M / 10, () => {
        let acc = 0;
        for (let i = 0; i < M / 10; i++) {
          const s = scoreIndicator({ weight: new Decimal(weights[i % 5]), target: targets[i % 1000], actual: actuals[i % 1000], rule: rules[i % 1000] });
          acc += s.ok && s.score ? s.score.toNumber() : 0;
        }
        return acc;
      }),
    ],
    [
      time("EXECSCORE", N / 10, () => {
        let acc = 0;
        for (let i = 0; i < N / 10; i++) acc += EXECSCORE(a[i], b[i]);
        return acc;
      }),
      time("float min(a/b,1)×10", N, () => {
        let acc = 0;
        for (let i = 0; i < N; i++) acc += Math.round(Math.min(floatOf(a[i]) / floatOf(b[i]), 1) * 1000) / 100;
        return acc;
      }),
    ],
    [
      time("SHARE", N, () => {
        let acc = 0;
        for (let i = 0; i < N; i++) acc += SHARE(a[i], b[i]);
        return acc;
      }),
      time("float a / b", N, () => {
        let acc = 0;
        for (let i = 0; i < N; i++) acc += floatOf(a[i]) / floatOf(b[i]);
        return acc;
      }),
    ],
    [
      time("COMPLETIONRATE", M, () => {
        let acc = 0;
        for (let i = 0; i < M; i++) acc += COMPLETIONRATE(targets[i % 1000], actuals[i % 1000]);
        return acc;
      }),
      time("float a / t", M, () => {
        let acc = 0;
        for (let i = 0; i < M; i++) acc += (af[i] + 1) / (bf[i] + 1);
        return acc;
      }),
    ],
    [
      time("SUMCHECK", N / 10, () => {
        let acc = 0;
        for (let i = 0; i < N / 10; i++) acc += SUMCHECK(bf[i], [[af[i]], [bf[i] - af[i]]]) === true ? 1 : 0;
        return acc;
      }),
      time("float Σ", N / 10, () => {
        let acc = 0;
        for (let i = 0; i < N / 10; i++) acc += Math.abs(bf[i] - (af[i] + (bf[i] - af[i]))) < 0.005 ? 1 : 0;
        return acc;
      }),
    ],
    [
      time("VARIANCETEXT", N / 10, () => {
        let acc = 0;
        for (let i = 0; i < N / 10; i++) acc += VARIANCETEXT(a[i], b[i], "行政运行(项)").length;
        return acc;
      }),
      time("template string", N / 10, () => {
        let acc = 0;
        for (let i = 0; i < N / 10; i++) acc += `行政运行(项):支出决算数为${af[i].toFixed(2)}万元，比上年决算${(af[i] - bf[i]).toFixed(2)}`.length;
        return acc;
      }),
    ],
  ];
  const n = (x: number) => Math.round(x).toLocaleString("en-US");
  console.log("functions: calls per second over up to 1,000,000 inputs (1 in 4 amounts is text like \"1,234.56\"),");
  console.log("  per CPU-second of this process and per wall second; the machine may be shared, so the CPU figure is the one to read");
  console.log("  results exact: EXECRATE, VARIANCERATE and INDICATORSCORE checked against decimal.js before timing");
  for (const [fn, ...baselines] of rows) {
    const beside = baselines.map((base) => `${base.label} ${n(base.perCpuSecond)}/CPU-s (${(fn.perCpuSecond / base.perCpuSecond).toFixed(2)}× as fast)`).join("; ");
    console.log(`  ${fn.label.padEnd(15)} ${n(fn.perCpuSecond).padStart(11)}/CPU-s ${n(fn.perSecond).padStart(11)}/s wall   vs ${beside}`);
  }
  const [fast, float, decimal] = rows[2];
  const verdict = fast.perCpuSecond >= INDICATOR_GOAL ? "met" : "MISSED";
  console.log(
    `  INDICATORSCORE fast path ${n(fast.perCpuSecond)}/CPU-s (${n(fast.perSecond)}/s wall) vs decimal.js path ` +
      `${n(decimal.perCpuSecond)}/CPU-s: ${(fast.perCpuSecond / decimal.perCpuSecond).toFixed(1)}×, vs naive floats ${n(float.perCpuSecond)}/CPU-s; ` +
      `goal ≥ ${n(INDICATOR_GOAL)} calls per CPU-second: ${verdict}`,
  );
}

/**
 * The baseline a spreadsheet formula would be: strip the operator, parseFloat both sides, w × min(a/t, 1)
 * rounded to cents — no units, dates, rules or exactness (it is wrong on half-cents and dates).
 */
function naiveIndicatorScore(weight: number, target: string, actual: string, rule: string): number {
  const t = parseFloat(target.replace(/^[^\d.]+/, ""));
  const a = parseFloat(actual.replace(/^[^\d.]+/, ""));
  const r = rule === "直接赋分" ? (a >= t ? 1 : 0) : Math.min(a / t, 1);
  return Math.round(weight * r * 100) / 100 || 0;
}

if (require.main === module) run();

// Generates the add-in's ribbon/manifest icons (16/32/64/80 px PNG) with only node built-ins,
// so no image tool is needed: a blue rounded square with a white check mark.
// Run: node assets/make-icons.js   (the PNGs are committed; rerun only to change the design)
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BLUE = [15, 108, 189]; // Fluent brand blue #0F6CBD
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage in unit coordinates (0..1): 0 outside, 1 = blue square, 2 = white check. */
function shapeAt(u, v) {
  const r = 0.2;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return 0;
  const stroke = 0.075;
  const onCheck =
    distanceToSegment(u, v, 0.24, 0.52, 0.43, 0.71) < stroke ||
    distanceToSegment(u, v, 0.43, 0.71, 0.77, 0.31) < stroke;
  return onCheck ? 2 : 1;
}

function render(size) {
  const ss = 4; // 4x4 supersampling for smooth edges
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let blue = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const s = shapeAt((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (s === 1) blue++;
          else if (s === 2) white++;
        }
      }
      const covered = blue + white;
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[i + c] = covered ? Math.round((BLUE[c] * blue + WHITE[c] * white) / covered) : 0;
      }
      rgba[i + 3] = Math.round((255 * covered) / (ss * ss));
    }
  }
  return encodePng(size, rgba);
}

for (const size of [16, 32, 64, 80]) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, render(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

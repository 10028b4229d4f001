import sharp from 'sharp'

import type { DemoPhoto } from './data/types'

const width = 1600
const height = 1000

/** Shapes drawn over the gradient: abstract, so no demo photo pretends to be real news imagery. */
function motifSvg(motif: DemoPhoto['motif'], accent: string): string {
  switch (motif) {
    case 'sun':
      return `<circle cx="1150" cy="330" r="170" fill="${accent}" opacity="0.85"/>
        <rect x="0" y="720" width="${width}" height="280" fill="#000" opacity="0.25"/>`
    case 'waves':
      return [0, 1, 2, 3]
        .map(
          (i) =>
            `<path d="M0 ${620 + i * 90} Q 400 ${560 + i * 90} 800 ${620 + i * 90} T ${width} ${620 + i * 90} V ${height} H 0 Z" fill="#fff" opacity="${0.12 + i * 0.05}"/>`,
        )
        .join('')
    case 'skyline':
      return [120, 300, 420, 600, 760, 930, 1100, 1280, 1420]
        .map(
          (x, i) =>
            `<rect x="${x}" y="${420 + ((i * 137) % 260)}" width="${110 + ((i * 53) % 70)}" height="${height}" fill="#0d1b2a" opacity="0.75"/>`,
        )
        .join('')
    case 'field':
      return [0, 1, 2, 3, 4, 5]
        .map((i) => `<path d="M0 ${560 + i * 80} L ${width} ${520 + i * 90}" stroke="${accent}" stroke-width="26" opacity="0.55"/>`)
        .join('')
    case 'circuit':
      return [0, 1, 2, 3, 4, 5, 6]
        .map(
          (i) =>
            `<path d="M ${100 + i * 200} 0 V ${300 + i * 60} H ${300 + i * 180}" stroke="${accent}" stroke-width="10" fill="none" opacity="0.7"/><circle cx="${300 + i * 180}" cy="${300 + i * 60}" r="22" fill="${accent}"/>`,
        )
        .join('')
    case 'stadium':
      return `<ellipse cx="800" cy="640" rx="700" ry="260" fill="#1f7a3a" opacity="0.9"/>
        <ellipse cx="800" cy="640" rx="520" ry="170" fill="none" stroke="#fff" stroke-width="10" opacity="0.8"/>
        <line x1="800" y1="470" x2="800" y2="810" stroke="#fff" stroke-width="8" opacity="0.8"/>`
    case 'mountain':
      return `<path d="M0 1000 L 420 380 L 760 820 L 1080 300 L 1600 1000 Z" fill="#14213d" opacity="0.7"/>
        <path d="M 1080 300 L 1000 420 L 1160 420 Z" fill="#fff" opacity="0.85"/>`
    case 'lantern':
      return [260, 560, 860, 1160, 1400]
        .map(
          (x, i) =>
            `<line x1="${x}" y1="0" x2="${x}" y2="${200 + (i % 2) * 80}" stroke="#222" stroke-width="4"/><ellipse cx="${x}" cy="${300 + (i % 2) * 80}" rx="90" ry="120" fill="${accent}" opacity="0.9"/>`,
        )
        .join('')
  }
}

/** A JPEG drawn from the photo's palette and motif; deterministic for the same input. */
export async function drawPhoto(photo: DemoPhoto): Promise<Buffer> {
  const [from, to] = photo.palette
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
    </linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#g)"/>
    ${motifSvg(photo.motif, to)}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}

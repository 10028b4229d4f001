// (d) JavaScript each reading page ships, gzipped: all of it, and the part that is our own code.
//
// Turbopack bundles our client components into the same chunk as the framework modules the page
// needs (next/link, navigation), so counting whole chunks that mention our code over-counts it.
// A production chunk is `push([script, id, factory, id, factory, …])`; we split it at each module
// and count as ours the modules that export one of our client components (found in src/).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const root = path.resolve(import.meta.dirname, '..')

/** Names the public site's modules export (client components and whatever they import from us). */
export function ownClientExports(dirs = ['src/components', 'src/utilities', 'src/i18n'].map((dir) => path.join(root, dir))) {
  const names = new Set()
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { recursive: true })) {
      if (!/\.tsx?$/.test(entry) || /\.test\.tsx?$/.test(entry)) continue
      const source = readFileSync(path.join(dir, entry), 'utf8')
      for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const|class)\s+([A-Za-z0-9_]+)/g)) names.add(match[1])
    }
  }
  return names
}

/** The chunk's modules: the source text from each module id up to the next. */
export function splitTurbopackChunk(code) {
  const starts = [...code.matchAll(/,(\d+),(?:\([a-z,]*\)|[a-z])=>\{/g)].map((match) => match.index)
  if (starts.length === 0) return [code]
  return starts.map((start, i) => code.slice(start, starts[i + 1] ?? code.length))
}

/** Our modules in a chunk: the ones whose export list names one of our components. */
export function ownModules(code, names) {
  return splitTurbopackChunk(code).filter((module) => {
    const exported = module.match(/\.s\(\[([^\]]*)\]/)?.[1] ?? ''
    return [...exported.matchAll(/"([A-Za-z0-9_]+)"/g)].some((match) => names.has(match[1]))
  })
}

const gzipBytes = (text) => gzipSync(Buffer.from(text), { level: 9 }).length

export async function measureJavaScript(origin, pagePath, names = ownClientExports()) {
  const html = await (await fetch(`${origin}${pagePath}`)).text()
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))]
  let total = 0
  const own = []
  for (const src of sources) {
    const code = await (await fetch(new URL(src, origin))).text()
    total += gzipBytes(code)
    own.push(...ownModules(code, names))
  }
  // Inline scripts: Next's flight data is data, not code; our head script (the reader's font size) is code.
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((code) => code.includes('newsroom:font-scale') && !code.includes('self.__next_f'))
  total += inline.reduce((sum, code) => sum + gzipBytes(code), 0)
  // Gzipped together, as they would be if they were one file (each alone would count gzip's header many times).
  const ownGzipBytes = own.length ? gzipBytes(own.join('')) : 0
  const inlineGzipBytes = inline.reduce((sum, code) => sum + gzipBytes(code), 0)
  return {
    page: pagePath,
    scripts: sources.length,
    totalGzipBytes: total,
    ownGzipBytes: ownGzipBytes + inlineGzipBytes,
    ownModules: own.length,
  }
}

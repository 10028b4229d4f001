import { describe, expect, it } from 'vitest'

import { ownClientExports, ownModules, splitTurbopackChunk } from './js-size.mjs'

// The shape of a Turbopack production chunk: framework modules and ours side by side.
const chunk = [
  '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0',
  ',522016,(e,t,r)=>{"use strict";Object.defineProperty(r,"__esModule",{value:!0});function y(){return "link"}}',
  ',998748,e=>{"use strict";var t=e.i(843476);e.s(["ReadingTools",0,function(){return "ours"}])}',
  ',618566,(e,t,r)=>{t.exports=e.r(76562)}',
  ',972739,e=>{"use strict";e.s(["Tabs",0,function(){return "tabs"}],972739)}',
  '])',
].join('')

describe('own JavaScript in a chunk', () => {
  it('splits a chunk at each module', () => {
    expect(splitTurbopackChunk(chunk)).toHaveLength(4)
  })

  it('counts only the modules that export one of our components', () => {
    const own = ownModules(chunk, new Set(['ReadingTools', 'Tabs']))
    expect(own.map((module) => module.match(/"(ReadingTools|Tabs)"/)?.[1])).toEqual(['ReadingTools', 'Tabs'])
    expect(own.join('')).not.toContain('"link"')
  })

  it("finds our client components' names in src", () => {
    const names = ownClientExports()
    expect(names.has('ReadingTools')).toBe(true)
    expect(names.has('SeeMore')).toBe(true)
  })
})

'use client'

import { EditionHold } from './EditionHold'
import { RevisionNotice } from './RevisionNotice'

/** The top of the article form: who else holds this edition, and whether a revision of it waits. */
export function EditionBar() {
  return (
    <>
      <EditionHold />
      <RevisionNotice />
    </>
  )
}

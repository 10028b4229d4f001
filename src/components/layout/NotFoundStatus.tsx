'use client'

import { notFound } from 'next/navigation'

/**
 * Gives a missing page its 404 status while the page itself is rendered as real HTML.
 * Next serves a page that calls notFound() as a bare error document (`<html id="__next_error__">`,
 * blank without JavaScript); thrown here, inside a Suspense boundary and on the server only, it
 * sets the status and leaves the localized page around it intact. In the browser it renders nothing.
 */
export function NotFoundStatus() {
  if (typeof window === 'undefined') notFound()
  return null
}

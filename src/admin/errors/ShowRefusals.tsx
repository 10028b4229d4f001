'use client'

import { useForm, useFormBackgroundProcessing, useFormFields, useFormModified, useFormSubmitted } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * Shows a refused autosave's messages under their fields. Payload marks the fields the server
 * named (ADD_SERVER_ERRORS), but after a failed draft save it resets the form to "not submitted",
 * and fields show their error only once submitted: the reason reached a passing notice only
 * ("The following field is invalid: scheduledFor"). When an autosave ends unsaved with a field
 * marked invalid, the form counts as submitted, so every problem shows on its field until fixed.
 * Renders nothing.
 */
export function ShowRefusals() {
  const { setSubmitted } = useForm()
  const saving = useFormBackgroundProcessing()
  const modified = useFormModified()
  const submitted = useFormSubmitted()
  const refused = useFormFields(([fields]) => Object.values(fields).some((field) => field?.valid === false && Boolean(field.errorMessage)))
  const wasSaving = useRef(false)

  useEffect(() => {
    const justSaved = wasSaving.current && !saving
    wasSaving.current = saving
    if (justSaved && modified && refused && !submitted) setSubmitted(true)
  }, [saving, modified, refused, submitted, setSubmitted])

  return null
}

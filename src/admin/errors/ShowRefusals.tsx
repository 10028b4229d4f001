'use client'

import { useForm, useFormFields, useFormSubmitted } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * Shows a refused autosave's messages under their fields. Payload marks the fields the server
 * named (ADD_SERVER_ERRORS), but after a failed draft save it resets the form to "not submitted",
 * and fields show their error only once submitted: the reason reached a passing notice only
 * ("The following field is invalid: scheduledFor"). Worse, the form-state request that was in
 * flight meanwhile (e.g. the one that reveals "Publish at" after "Schedule" is pressed) is built
 * without validation while the form is not submitted, and merging it marks every field valid
 * again. So as soon as a field is marked invalid with a message while the form is not submitted
 * (only a server refusal does that: the form is validated only once submitted), the form counts as
 * submitted: the reason shows on its field, and the next form states are validated on the server,
 * which keeps it there (the field rules say the same as the save) until the field is fixed and an
 * autosave succeeds. Renders nothing.
 */
export function ShowRefusals() {
  const { setSubmitted } = useForm()
  const submitted = useFormSubmitted()
  const refused = useFormFields(([fields]) => Object.values(fields).some((field) => field?.valid === false && Boolean(field.errorMessage)))

  useEffect(() => {
    if (refused && !submitted) setSubmitted(true)
  }, [refused, submitted, setSubmitted])

  return null
}

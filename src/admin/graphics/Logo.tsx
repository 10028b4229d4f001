import { dictionary } from '@/i18n/dictionaries'

/** The login page and header show the newsroom's name, not Payload's logo. */
export function Logo() {
  return (
    <span className="newsroom-logo" data-testid="newsroom-logo" style={{ fontSize: '2rem', fontWeight: 700, letterSpacing: '-0.02em' }}>
      {dictionary('vi').siteName}
    </span>
  )
}

/** The small mark in the admin's nav: the newsroom's initial. */
export function Icon() {
  return (
    <span
      className="newsroom-icon"
      aria-label={dictionary('vi').siteName}
      style={{
        display: 'inline-grid',
        placeItems: 'center',
        width: '1.75rem',
        height: '1.75rem',
        borderRadius: '4px',
        background: 'var(--theme-elevation-800)',
        color: 'var(--theme-elevation-0)',
        fontWeight: 700,
      }}
    >
      {dictionary('vi').siteName.charAt(0)}
    </span>
  )
}

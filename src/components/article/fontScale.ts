/** Text sizes readers step through with A− / A+; 1 is the default. */
export const fontScales = [0.9, 1, 1.15, 1.3, 1.5] as const
export const fontScaleKey = 'newsroom:font-scale'

/**
 * Runs in <head> before the first paint, so a remembered size applies without the text jumping.
 * Kept tiny and static: its hash goes into the Content-Security-Policy.
 */
export const fontScaleBootScript = `try{var s=localStorage.getItem('${fontScaleKey}');if(s&&/^[0-9.]+$/.test(s))document.documentElement.style.setProperty('--article-font-scale',s)}catch(e){}`

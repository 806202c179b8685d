// Brand colours for the share images and the web manifest: the light values of
// app/globals.css (:root, light-dark(light, dark)). tests/unit/seo-og.test.ts checks they stay in step.
export const ogColors = {
  bg: '#ffffff',
  surface: '#f6f8fb',
  fg: '#0f1b2d',
  muted: '#4a5a70',
  border: '#d4dde8',
  brand: '#1d5fd1',
  brandStrong: '#123f91',
  brandSoft: '#e5efff',
  accent: '#b4530a',
} as const;

/** CSS custom property in app/globals.css for each colour above. */
export const ogColorVars: Record<keyof typeof ogColors, string> = {
  bg: '--bg',
  surface: '--surface',
  fg: '--fg',
  muted: '--muted',
  border: '--border',
  brand: '--brand',
  brandStrong: '--brand-strong',
  brandSoft: '--brand-soft',
  accent: '--accent',
};

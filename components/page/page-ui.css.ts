// Styles of the in-page UI, injected into its shadow root (never into the page).
export const PAGE_UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
.gm-toolbar, .gm-card {
  position: absolute; background: #1f2430; color: #f4f6fb; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.28); font-size: 13px; line-height: 1.35; z-index: 2147483647;
}
.gm-toolbar { display: flex; gap: 2px; padding: 4px; align-items: center; }
.gm-toolbar button, .gm-card button {
  all: unset; cursor: pointer; padding: 5px 8px; border-radius: 6px; color: inherit; font-size: 13px; white-space: nowrap;
}
.gm-toolbar button:hover, .gm-card button:hover, .gm-toolbar button:focus-visible, .gm-card button:focus-visible { background: #3a4254; outline: none; }
.gm-swatches { display: flex; gap: 3px; padding: 0 4px; }
.gm-swatches .gm-swatch { display: inline-block; width: 16px; height: 16px; padding: 0; border-radius: 50%; border: 2px solid transparent; box-sizing: border-box; }
.gm-swatches .gm-swatch[aria-pressed="true"] { border-color: #fff; }
.gm-swatches .gm-swatch:focus-visible { outline: 2px solid #9fc1ff; }
.gm-sep { width: 1px; align-self: stretch; background: #3a4254; margin: 2px 2px; }
.gm-card { width: 320px; padding: 10px 12px; }
.gm-card h2 { all: unset; display: block; font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #9fb0d0; margin-bottom: 6px; }
.gm-card dl { margin: 0 0 8px; display: grid; grid-template-columns: auto 1fr; gap: 3px 10px; }
.gm-card dt { color: #9fb0d0; }
.gm-card dd { margin: 0; }
.gm-card .gm-why { margin: 0 0 8px; color: #d5ddef; font-size: 12px; }
.gm-card .gm-why-label { color: #9fb0d0; font-weight: 600; }
.gm-card .gm-actions { display: flex; flex-wrap: wrap; gap: 2px; border-top: 1px solid #3a4254; padding-top: 6px; }
.gm-note-frame {
  position: absolute; border: 0; border-radius: 8px; background: #1f2430; color-scheme: dark;
  box-shadow: 0 6px 24px rgba(0,0,0,.28); z-index: 2147483647; display: block;
}
.gm-toast { position: fixed; bottom: 16px; right: 16px; background: #1f2430; color: #fff; padding: 8px 12px; border-radius: 8px; font-size: 13px; }
.gm-toast[data-error] { background: #8b1e1e; }
`;

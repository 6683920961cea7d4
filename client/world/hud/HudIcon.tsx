/**
 * The HUD's few pictograms as inline SVG (no icon font: Debian's Chromium and many phones lack
 * the symbols, and a missing glyph would be a box). Always beside or inside a control whose name
 * is its text, so they are hidden from assistive tech.
 */
function Icon({ d }: { d: string }) {
  return (
    <svg className="hud-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const SearchIcon = () => <Icon d="M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13Zm4.6-1.9L20 20" />;
export const ListIcon = () => <Icon d="M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01" />;
export const MapIcon = () => <Icon d="M9 4 3 6.5v13.5L9 17.5l6 2.5 6-2.5V4l-6 2.5L9 4Zm0 0v13.5m6-11v13.5" />;
export const CalendarIcon = () => <Icon d="M4 7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V7Zm0 4h16M8 3v4m8-4v4" />;
export const PersonIcon = () => <Icon d="M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 10a7 7 0 0 1 14 0" />;

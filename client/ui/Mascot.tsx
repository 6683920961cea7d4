/**
 * 시웃이 drawn in code (no image assets): a round, warm face whose eyes are an 's' and an 'o', as
 * the brochure describes the character and the center's 시웃 mark.
 */
export function Mascot({ label, className }: { label: string; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 200 200" role="img" aria-label={label}>
      <ellipse cx="100" cy="186" rx="58" ry="8" fill="rgba(0,0,0,0.12)" />
      <circle cx="100" cy="100" r="80" fill="#F26B3A" />
      <circle cx="100" cy="100" r="80" fill="url(#seeot-shine)" />
      <defs>
        <radialGradient id="seeot-shine" cx="35%" cy="30%" r="70%">
          <stop offset="0" stopColor="#fff" stopOpacity="0.35" />
          <stop offset="1" stopColor="#fff" stopOpacity="0" />
        </radialGradient>
      </defs>
      {/* 's' eye */}
      <path
        d="M86 72c-4-6-20-6-20 3c0 9 20 6 20 16c0 10-17 10-21 3"
        fill="none"
        stroke="#1b1b1f"
        strokeWidth="7"
        strokeLinecap="round"
      />
      {/* 'o' eye */}
      <circle cx="128" cy="83" r="11" fill="none" stroke="#1b1b1f" strokeWidth="7" />
      <circle cx="58" cy="122" r="9" fill="#ffb59a" />
      <circle cx="146" cy="122" r="9" fill="#ffb59a" />
      <path d="M84 124q16 16 32 0" fill="none" stroke="#1b1b1f" strokeWidth="6" strokeLinecap="round" />
    </svg>
  );
}

/** Small decorative mark for the header (the brand name next to it carries the meaning). */
export function SeeotMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="18" fill="#F26B3A" />
      <path d="M17 13c-1-2-7-2-7 1c0 3 7 2 7 6c0 4-6 4-7 1" fill="none" stroke="#1b1b1f" strokeWidth="2.6" strokeLinecap="round" />
      <circle cx="26" cy="17" r="3.6" fill="none" stroke="#1b1b1f" strokeWidth="2.6" />
    </svg>
  );
}

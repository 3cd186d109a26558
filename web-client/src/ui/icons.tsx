/** Small inline SVG icons (no icon font, nothing loaded from elsewhere). */
const common = {
  width: 24,
  height: 24,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
  focusable: false,
};

export const LogoMark = () => (
  <svg width="32" height="32" viewBox="0 0 32 32" aria-hidden="true" focusable="false" className="logo-mark">
    <rect width="32" height="32" rx="9" className="logo-mark__bg" />
    <path d="M11 8v16M11 16.5l9-8.5M13.8 14l7.2 10" className="logo-mark__k" />
  </svg>
);

export const BoltIcon = () => (
  <svg {...common}>
    <path d="M13 2 4 14h7l-1 8 9-12h-7l1-8Z" />
  </svg>
);

export const HomeIcon = () => (
  <svg {...common}>
    <path d="m3 10 9-7 9 7v10a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1V10Z" />
  </svg>
);

export const GaugeIcon = () => (
  <svg {...common}>
    <path d="M12 14 16 9" />
    <path d="M3.5 18a9 9 0 1 1 17 0" />
    <circle cx="12" cy="14" r="1.2" />
  </svg>
);

export const ReceiptIcon = () => (
  <svg {...common}>
    <path d="M6 2h12v20l-3-2-3 2-3-2-3 2V2Z" />
    <path d="M9 7h6M9 11h6M9 15h4" />
  </svg>
);

export const ListIcon = () => (
  <svg {...common}>
    <path d="M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01" />
  </svg>
);

export const MenuIcon = () => (
  <svg {...common}>
    <path d="M4 7h16M4 12h16M4 17h16" />
  </svg>
);

export const CloseIcon = () => (
  <svg {...common}>
    <path d="M6 6l12 12M18 6 6 18" />
  </svg>
);

export const LogoutIcon = () => (
  <svg {...common} width={18} height={18}>
    <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 17l5-5-5-5M15 12H4" />
  </svg>
);

export const CheckIcon = () => (
  <svg {...common} width={18} height={18}>
    <path d="m5 12 5 5 9-10" />
  </svg>
);

/** The company's logo (served by /files/logos/:companyId; the version in the URL busts caches). */
export function logoUrl(companyId: string, logoId: string): string {
  return `/files/logos/${companyId}?${new URLSearchParams({ v: logoId })}`;
}

const SIZES = { small: "size-16", large: "size-24" } as const;

export function CompanyLogo({
  companyId,
  logoId,
  alt,
  size = "large",
}: {
  companyId: string;
  logoId: string;
  alt: string;
  size?: keyof typeof SIZES;
}) {
  return (
    <img
      src={logoUrl(companyId, logoId)}
      alt={alt}
      width={size === "small" ? 64 : 96}
      height={size === "small" ? 64 : 96}
      className={`${SIZES[size]} shrink-0 rounded-md border border-slate-200 bg-white object-contain`}
    />
  );
}

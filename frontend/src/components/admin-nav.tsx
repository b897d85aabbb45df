import { Link, useLocation } from "react-router";

const sections = [
  { to: "/administration/agents", label: "Agents" },
  { to: "/administration/partenaires", label: "Partenaires (API)" },
] as const;

/** The administration's sections, above each of its pages. */
export function AdminNav() {
  const { pathname } = useLocation();
  return (
    <nav className="fr-mb-3w" aria-label="Sections de l'administration">
      <ul className="fr-tags-group">
        {sections.map((section) => {
          const current = pathname.startsWith(section.to);
          return (
            <li key={section.to}>
              <Link className="fr-tag" to={section.to} aria-current={current ? "page" : undefined}>
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

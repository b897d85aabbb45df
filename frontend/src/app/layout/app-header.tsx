import { Header, type HeaderProps } from "@codegouvfr/react-dsfr/Header";
import type { MainNavigationProps } from "@codegouvfr/react-dsfr/MainNavigation";
import { useLocation } from "react-router";
import { useLogout } from "@/features/auth/api/use-logout";
import { useUnreadCount } from "@/features/notifications/api/notifications-queries";
import { bellText } from "@/features/notifications/model/target";
import type { Role } from "@/lib/api/types";
import { useSession } from "@/lib/auth/session-store";
import { hasRole } from "@/lib/roles";

const brandTop = (
  <>
    République
    <br />
    Française
  </>
);

export const homeLinkProps = { to: "/", title: "Accueil — Entraide" };

export function AppHeader() {
  const session = useSession();
  const logout = useLogout();
  const { pathname } = useLocation();
  const unread = useUnreadCount(session.status === "authenticated");

  let quickAccessItems: HeaderProps.QuickAccessItem[] = [];
  let navigation: MainNavigationProps.Item[] | undefined;

  if (session.status === "authenticated") {
    const { me } = session;
    quickAccessItems = [
      {
        iconId: unread.data ? "fr-icon-notification-3-fill" : "fr-icon-notification-3-line",
        text: bellText(unread.data),
        linkProps: { to: "/notifications" },
      },
      {
        iconId: "fr-icon-account-circle-line",
        text: `${me.firstName ?? ""} ${me.lastName ?? ""}`.trim(),
        linkProps: { to: "/" },
      },
      {
        iconId: "fr-icon-logout-box-r-line",
        text: "Se déconnecter",
        buttonProps: { onClick: () => logout.mutate(), disabled: logout.isPending },
      },
    ];
    navigation = [
      { text: "Accueil", linkProps: { to: "/" }, isActive: pathname === "/" },
      {
        text: "Bénéficiaires",
        linkProps: { to: "/beneficiaires" },
        isActive: pathname.startsWith("/beneficiaires"),
      },
      { text: "Demandes", linkProps: { to: "/demandes" }, isActive: pathname.startsWith("/demandes") },
    ];
    if (["ADMIN", "INSTRUCTEUR", "PRESIDENT"].some((role) => hasRole(me, role as Role))) {
      navigation.push(
        { text: "Commission", linkProps: { to: "/commission" }, isActive: pathname.startsWith("/commission") },
        { text: "Budget", linkProps: { to: "/budget" }, isActive: pathname.startsWith("/budget") },
        { text: "Transmission", linkProps: { to: "/bordereaux" }, isActive: pathname.startsWith("/bordereaux") },
      );
    }
    navigation.push({
      text: "Orientations",
      linkProps: { to: "/orientations" },
      isActive: pathname.startsWith("/orientations"),
    });
    if (hasRole(me, "ADMIN")) {
      navigation.push({
        text: "Administration",
        linkProps: { to: "/administration/agents" },
        isActive: pathname.startsWith("/administration"),
      });
    }
  }

  return (
    <Header
      id="fr-header"
      brandTop={brandTop}
      homeLinkProps={homeLinkProps}
      serviceTitle="Entraide"
      serviceTagline="L'action sociale des CCAS et des CIAS"
      quickAccessItems={quickAccessItems}
      navigation={navigation}
    />
  );
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BulkWindow</name>
    <message>
        <source>Bulk changes</source>
        <translation>Massenänderungen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>&amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>CSV te&amp;xt (a header row, then one change per row):</source>
        <translation>CSV-Te&amp;xt (eine Kopfzeile, dann eine Änderung je Zeile):</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Stop the ru&amp;n</source>
        <translation>Lauf &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>Earlier runs of this &amp;organization:</source>
        <translation>Frühere Läufe dieser &amp;Organisation:</translation>
    </message>
    <message>
        <source>Res&amp;ume the run</source>
        <translation>Lauf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;move the run</source>
        <translation>Lauf entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Earlier runs of this organization</source>
        <translation>Frühere Läufe dieser Organisation</translation>
    </message>
</context>
<context>
    <name>ConfirmChangeDialog</name>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Sentry</source>
        <translation>Mit Sentry verbinden</translation>
    </message>
    <message>
        <source>Connect to your Sentry organization with an auth token. Changing roles needs a user auth token with the member:admin scope.</source>
        <translation>Verbinden Sie sich mit einem Auth-Token mit Ihrer Sentry-Organisation. Zum Ändern von Rollen ist ein Benutzer-Auth-Token mit dem Scope member:admin nötig.</translation>
    </message>
    <message>
        <source>Sentry &amp;instance:</source>
        <translation>Sentry-&amp;Instanz:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>https://sentry.example.com</source>
        <translation>https://sentry.example.com</translation>
    </message>
    <message>
        <source>&amp;Organization slug:</source>
        <translation>&amp;Organisations-Slug:</translation>
    </message>
    <message>
        <source>my-organization</source>
        <translation>meine-organisation</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>Auth-&amp;Token:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Explore a &amp;demo organization</source>
        <translation>Demo-Organisation &amp;erkunden</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A-Zertifikat:</translation>
    </message>
    <message>
        <source>Optional: a PEM file with your server&apos;s CA</source>
        <translation>Optional: eine PEM-Datei mit der CA Ihres Servers</translation>
    </message>
    <message>
        <source>For a self-hosted Sentry whose certificate comes from an internal certificate authority: that authority is trusted for this server only, in addition to the system&apos;s.</source>
        <translation>Für ein selbst betriebenes Sentry, dessen Zertifikat von einer internen Zertifizierungsstelle stammt: Dieser Stelle wird nur für diesen Server vertraut, zusätzlich zu denen des Systems.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>Profil&amp;bezeichnung:</translation>
    </message>
    <message>
        <source>Optional: how the Profiles menu shows this connection</source>
        <translation>Optional: wie das Menü Profile diese Verbindung zeigt</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>Token im System&amp;schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Next time the app connects without asking. The token is stored only in the keychain, never in a file.</source>
        <translation>Beim nächsten Start verbindet sich die Anwendung ohne Nachfrage. Das Token wird nur im Schlüsselbund gespeichert, nie in einer Datei.</translation>
    </message>
</context>
<context>
    <name>EditMemberRolesForm</name>
    <message>
        <source>Find a member by email or member id, then change their organization role and teams. Sentry replaces the member&apos;s teams with the list below.</source>
        <translation>Suchen Sie ein Mitglied per E-Mail oder Mitglieds-ID und ändern Sie dann seine Organisationsrolle und Teams. Sentry ersetzt die Teams des Mitglieds durch die Liste unten.</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>Email or member id</source>
        <translation>E-Mail oder Mitglieds-ID</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Organization &amp;role:</source>
        <translation>Organisations&amp;rolle:</translation>
    </message>
    <message>
        <source>T&amp;eams:</source>
        <translation>T&amp;eams:</translation>
    </message>
    <message>
        <source>Resend &amp;invitation</source>
        <translation>Einladun&amp;g erneut senden</translation>
    </message>
</context>
<context>
    <name>ExternalUserForm</name>
    <message>
        <source>Link a Sentry user to their account on GitHub, GitLab, Slack, Microsoft Teams or another integration, so ownership rules and notifications reach them.</source>
        <translation>Verknüpfen Sie einen Sentry-Benutzer mit seinem Konto bei GitHub, GitLab, Slack, Microsoft Teams oder einer anderen Integration, damit Zuständigkeitsregeln und Benachrichtigungen ihn erreichen.</translation>
    </message>
    <message>
        <source>Create a &amp;new link</source>
        <translation>&amp;Neue Verknüpfung anlegen</translation>
    </message>
    <message>
        <source>Change an e&amp;xisting link</source>
        <translation>Bestehende Verknüpfung ände&amp;rn</translation>
    </message>
    <message>
        <source>Link &amp;id:</source>
        <translation>Verknüpfungs-&amp;ID:</translation>
    </message>
    <message>
        <source>The external user id</source>
        <translation>Die ID des externen Benutzers</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Sentry &amp;user:</source>
        <translation>Sentry-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Anbi&amp;eter:</translation>
    </message>
    <message>
        <source>Inte&amp;gration:</source>
        <translation>Inte&amp;gration:</translation>
    </message>
    <message>
        <source>External n&amp;ame:</source>
        <translation>Externer Na&amp;me:</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@name</translation>
    </message>
    <message>
        <source>External I&amp;D (optional):</source>
        <translation>E&amp;xterne ID (optional):</translation>
    </message>
</context>
<context>
    <name>InviteMemberForm</name>
    <message>
        <source>Invite someone to the organization by email. Sentry sends them an invitation link unless you turn that off.</source>
        <translation>Laden Sie jemanden per E-Mail in die Organisation ein. Sentry schickt einen Einladungslink, sofern Sie das nicht abschalten.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Organization &amp;role:</source>
        <translation>Organisations&amp;rolle:</translation>
    </message>
    <message>
        <source>Te&amp;ams:</source>
        <translation>&amp;Teams:</translation>
    </message>
    <message>
        <source>Invitees join these teams as Contributors. Give Team Admin from Edit member roles once they have accepted.</source>
        <translation>Eingeladene treten diesen Teams als Contributor bei. Team Admin vergeben Sie unter „Mitgliederrollen bearbeiten“, sobald die Einladung angenommen ist.</translation>
    </message>
    <message>
        <source>Se&amp;nd an invitation email</source>
        <translation>Einladungs-E-Mail se&amp;nden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sentry Members</source>
        <translation>Sentry Members</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Connect to a Sentry organization</source>
        <translation>Mit einer Sentry-Organisation verbinden</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Sentry Members</source>
        <translation>Sentry Members beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Invite member</source>
        <translation>Mitglied &amp;einladen</translation>
    </message>
    <message>
        <source>Invite a member by email</source>
        <translation>Ein Mitglied per E-Mail einladen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Edit member roles</source>
        <translation>Mitgliederrollen &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Change a member&apos;s organization role and teams</source>
        <translation>Organisationsrolle und Teams eines Mitglieds ändern</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Provision SCIM user</source>
        <translation>&amp;SCIM-Benutzer bereitstellen</translation>
    </message>
    <message>
        <source>Provision a member through SCIM</source>
        <translation>Ein Mitglied über SCIM bereitstellen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Link external user</source>
        <translation>E&amp;xternen Benutzer verknüpfen</translation>
    </message>
    <message>
        <source>Link a Sentry user to an external account</source>
        <translation>Einen Sentry-Benutzer mit einem externen Konto verknüpfen</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;About Sentry Members</source>
        <translation>&amp;Über Sentry Members</translation>
    </message>
    <message>
        <source>About this application</source>
        <translation>Über diese Anwendung</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Ansi&amp;cht</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>Find and act on the organization&apos;s members</source>
        <translation>Mitglieder der Organisation finden und bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>The organization&apos;s teams and their member counts</source>
        <translation>Die Teams der Organisation und ihre Mitgliederzahlen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>The task forms: invite, edit roles, SCIM, link accounts</source>
        <translation>Die Aufgabenformulare: einladen, Rollen bearbeiten, SCIM, Konten verknüpfen</translation>
    </message>
    <message>
        <source>SCIM users</source>
        <translation>SCIM-Benutzer</translation>
    </message>
    <message>
        <source>&amp;SCIM users</source>
        <translation>&amp;SCIM-Benutzer</translation>
    </message>
    <message>
        <source>Members provisioned by the identity provider</source>
        <translation>Vom Identitätsanbieter bereitgestellte Mitglieder</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>A&amp;ufgaben</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Bulk changes…</source>
        <translation>&amp;Massenänderungen…</translation>
    </message>
    <message>
        <source>Many changes at once from a CSV file</source>
        <translation>Viele Änderungen auf einmal aus einer CSV-Datei</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name, email or team</source>
        <translation>Name, E-Mail oder Team</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Show members with this organization role</source>
        <translation>Mitglieder mit dieser Organisationsrolle zeigen</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Active members, pending invitations or expired ones</source>
        <translation>Aktive Mitglieder, offene oder abgelaufene Einladungen</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <source>Show the members of one team</source>
        <translation>Die Mitglieder eines Teams zeigen</translation>
    </message>
    <message>
        <source>&amp;2FA:</source>
        <translation>&amp;2FA:</translation>
    </message>
    <message>
        <source>Two-factor authentication (joined members only)</source>
        <translation>Zwei-Faktor-Authentifizierung (nur beigetretene Mitglieder)</translation>
    </message>
    <message>
        <source>SS&amp;O:</source>
        <translation>SS&amp;O:</translation>
    </message>
    <message>
        <source>Whether the member linked their single sign-on identity</source>
        <translation>Ob das Mitglied seine Single-Sign-On-Identität verknüpft hat</translation>
    </message>
    <message>
        <source>Identity &amp;provider:</source>
        <translation>&amp;Identitätsanbieter:</translation>
    </message>
    <message>
        <source>Members managed by the identity provider (SCIM)</source>
        <translation>Vom Identitätsanbieter verwaltete Mitglieder (SCIM)</translation>
    </message>
    <message>
        <source>&amp;Linked accounts:</source>
        <translation>&amp;Verknüpfte Konten:</translation>
    </message>
    <message>
        <source>Members with or without linked GitHub, GitLab, Slack… accounts</source>
        <translation>Mitglieder mit oder ohne verknüpfte GitHub-, GitLab-, Slack-…-Konten</translation>
    </message>
    <message>
        <source>&amp;No team</source>
        <translation>Ohne &amp;Team</translation>
    </message>
    <message>
        <source>Show only members who are on no team</source>
        <translation>Nur Mitglieder ohne Team zeigen</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>Mitglieder werden geladen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the members shown as CSV or JSON</source>
        <translation>Die angezeigten Mitglieder als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the organization again (F5)</source>
        <translation>Die Organisation neu einlesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Edit roles…</source>
        <translation>Rollen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Resend &amp;invite</source>
        <translation>Einladun&amp;g erneut senden</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Lin&amp;k account…</source>
        <translation>Konto verknü&amp;pfen…</translation>
    </message>
    <message>
        <source>Cop&amp;y email</source>
        <translation>E-Mail &amp;kopieren</translation>
    </message>
    <message>
        <source>Linked accounts of the selected member</source>
        <translation>Verknüpfte Konten des gewählten Mitglieds</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Verknüpfte Konten</translation>
    </message>
    <message>
        <source>Chan&amp;ge link…</source>
        <translation>Verknüpfung &amp;ändern…</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>Verknüpfung l&amp;ösen…</translation>
    </message>
    <message>
        <source>Change selected…</source>
        <translation>Auswahl ändern…</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Demo organization</source>
        <translation>Demo-Organisation</translation>
    </message>
    <message>
        <source>Profile not found</source>
        <translation>Profil nicht gefunden</translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message>
        <source>Nothing has been sent. This is the request exactly as Sentry would receive it; the auth token is shown as $SENTRY_AUTH_TOKEN.</source>
        <translation>Es wurde nichts gesendet. So würde Sentry die Anfrage erhalten; das Auth-Token steht als $SENTRY_AUTH_TOKEN da.</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Anfrage:</translation>
    </message>
</context>
<context>
    <name>ScimProvisionForm</name>
    <message>
        <source>Provision a member the way an identity provider does, through SCIM. The organization needs SAML2 with SCIM enabled; use its SCIM token. Owners cannot be provisioned through SCIM.</source>
        <translation>Stellen Sie ein Mitglied so bereit, wie es ein Identitätsanbieter tut: über SCIM. Die Organisation braucht SAML2 mit aktiviertem SCIM; verwenden Sie ihr SCIM-Token. Owner können nicht über SCIM bereitgestellt werden.</translation>
    </message>
    <message>
        <source>&amp;User name (email):</source>
        <translation>&amp;Benutzername (E-Mail):</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Organization &amp;role:</source>
        <translation>Organisations&amp;rolle:</translation>
    </message>
</context>
<context>
    <name>SelectionChangeDialog</name>
    <message>
        <source>Re&amp;send their invitations</source>
        <translation>Ihre Einladungen erneut &amp;senden</translation>
    </message>
    <message>
        <source>Remove them from the &amp;organization</source>
        <translation>Aus der &amp;Organisation entfernen</translation>
    </message>
    <message>
        <source>Nothing is sent yet: the Bulk changes window checks every member first, shows what would change and what cannot, and sends only when you say so.</source>
        <translation>Noch wird nichts gesendet: Das Fenster „Massenänderungen“ prüft zuerst jedes Mitglied, zeigt, was sich ändern würde und was nicht geht, und sendet erst, wenn Sie es sagen.</translation>
    </message>
    <message>
        <source>Set the organization &amp;role</source>
        <translation>Organisations&amp;rolle setzen</translation>
    </message>
    <message>
        <source>New ro&amp;le:</source>
        <translation>Neue Ro&amp;lle:</translation>
    </message>
    <message>
        <source>&amp;Add to a team</source>
        <translation>Zu einem Team &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <source>Role in the team:</source>
        <translation>Rolle im Team:</translation>
    </message>
    <message>
        <source>Remove from a &amp;team</source>
        <translation>Aus einem &amp;Team entfernen</translation>
    </message>
    <message>
        <source>Team to lea&amp;ve:</source>
        <translation>Zu &amp;verlassendes Team:</translation>
    </message>
</context>
<context>
    <name>Sentry</name>
    <message>
        <source>&quot;%1&quot; is not a valid choice.</source>
        <translation>„%1“ ist keine gültige Auswahl.</translation>
    </message>
    <message>
        <source>External Name has invalid length: %1. Length must be between 1 and 255</source>
        <translation>Der externe Name hat eine ungültige Länge: %1. Die Länge muss zwischen 1 und 255 liegen</translation>
    </message>
    <message>
        <source>external_id has invalid length: %1. Length must be between 1 and 64</source>
        <translation>external_id hat eine ungültige Länge: %1. Die Länge muss zwischen 1 und 64 liegen</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist zwingend erforderlich.</translation>
    </message>
    <message>
        <source>This field may not be blank.</source>
        <translation>Dieses Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Bitte gültige E-Mail-Adresse eingeben.</translation>
    </message>
    <message>
        <source>Ensure this field has no more than 75 characters.</source>
        <translation>Dieses Feld darf nicht mehr als 75 Zeichen haben.</translation>
    </message>
    <message>
        <source>A valid integer is required.</source>
        <translation>Eine gültige Ganzzahl ist erforderlich.</translation>
    </message>
    <message>
        <source>Invalid team-role</source>
        <translation>Ungültige Teamrolle</translation>
    </message>
    <message>
        <source>Invalid organization role.</source>
        <translation>Ungültige Organisationsrolle.</translation>
    </message>
    <message>
        <source>External Name must start with &apos;@&apos; and can&apos;t contain special characters or spaces.</source>
        <translation>Der externe Name muss mit „@“ beginnen und darf keine Sonderzeichen oder Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Invalid teams</source>
        <translation>Ungültige Teams</translation>
    </message>
    <message>
        <source>Enter the member&apos;s numeric id.</source>
        <translation>Geben Sie die numerische ID des Mitglieds ein.</translation>
    </message>
    <message>
        <source>This member is managed by an active partnership and cannot be modified until the end of the partnership.</source>
        <translation>Dieses Mitglied wird über eine aktive Partnerschaft verwaltet und kann bis zu deren Ende nicht geändert werden.</translation>
    </message>
    <message>
        <source>You do not have permission to assign a role to the given user.</source>
        <translation>Sie dürfen diesem Benutzer keine Rolle zuweisen.</translation>
    </message>
    <message>
        <source>You cannot send an invitation to a user who is already a full member.</source>
        <translation>Sie können keine Einladung an einen Benutzer senden, der bereits vollwertiges Mitglied ist.</translation>
    </message>
    <message>
        <source>You are missing the member:admin scope.</source>
        <translation>Ihnen fehlt der Bereich member:admin.</translation>
    </message>
    <message>
        <source>You cannot modify invitations sent by someone else.</source>
        <translation>Sie können keine Einladungen ändern, die jemand anderes gesendet hat.</translation>
    </message>
    <message>
        <source>You cannot remove a member who has more access than you.</source>
        <translation>Sie können kein Mitglied entfernen, das mehr Zugriff hat als Sie.</translation>
    </message>
    <message>
        <source>This user is managed through your organization&apos;s identity provider.</source>
        <translation>Dieser Benutzer wird über den Identitätsanbieter Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>Integration tokens are restricted to inviting new members with the member role only.</source>
        <translation>Integrations-Token dürfen neue Mitglieder nur mit der Rolle Mitglied einladen.</translation>
    </message>
    <message>
        <source>You cannot remove the only remaining owner or manager of the organization.</source>
        <translation>Sie können den einzigen verbleibenden Eigentümer oder Manager der Organisation nicht entfernen.</translation>
    </message>
    <message>
        <source>You cannot remove the only remaining owner of the organization.</source>
        <translation>Sie können den einzigen verbleibenden Eigentümer der Organisation nicht entfernen.</translation>
    </message>
    <message>
        <source>You are being rate limited for too many invitations.</source>
        <translation>Sie werden wegen zu vieler Einladungen begrenzt.</translation>
    </message>
    <message>
        <source>You do not have permission to set that org-level role</source>
        <translation>Sie dürfen diese Rolle auf Organisationsebene nicht vergeben</translation>
    </message>
    <message>
        <source>You do not have permission to assign the given role.</source>
        <translation>Sie dürfen die angegebene Rolle nicht zuweisen.</translation>
    </message>
    <message>
        <source>User already exists in the database.</source>
        <translation>Der Benutzer existiert bereits in der Datenbank.</translation>
    </message>
    <message>
        <source>There already exists an external association with this external_name and provider.</source>
        <translation>Es gibt bereits eine externe Verknüpfung mit diesem external_name und Anbieter.</translation>
    </message>
    <message>
        <source>The role &apos;%1&apos; is deprecated and may no longer be assigned.</source>
        <translation>Die Rolle „%1“ ist veraltet und darf nicht mehr vergeben werden.</translation>
    </message>
    <message>
        <source>The user %1 is already a member</source>
        <translation>Der Benutzer %1 ist bereits Mitglied</translation>
    </message>
    <message>
        <source>The user %1 has already been invited</source>
        <translation>Der Benutzer %1 wurde bereits eingeladen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Aufruf: %1 [Optionen]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Explore a built-in demo organization on a local sandbox.</source>
        <translation>Eine eingebaute Demo-Organisation auf einer lokalen Sandbox erkunden.</translation>
    </message>
    <message>
        <source>Manage the people of a Sentry organization: invite members, edit their roles, provision SCIM users and link external accounts.

Environment: SENTRY_URL, SENTRY_ORG and SENTRY_AUTH_TOKEN, as sentry-cli reads them, preconfigure the connection; SENTRY_MEMBERS_CA_FILE names a CA certificate file trusted for that server.</source>
        <translation>Die Mitglieder einer Sentry-Organisation verwalten: Mitglieder einladen, ihre Rollen bearbeiten, SCIM-Benutzer bereitstellen und externe Konten verknüpfen.

Umgebung: SENTRY_URL, SENTRY_ORG und SENTRY_AUTH_TOKEN, wie sentry-cli sie liest, legen die Verbindung vor; SENTRY_MEMBERS_CA_FILE nennt eine CA-Zertifikatsdatei, der für diesen Server vertraut wird.</translation>
    </message>
    <message>
        <source>Connect with a saved profile, named as in the Profiles menu (before SENTRY_AUTH_TOKEN).</source>
        <translation>Mit einem gespeicherten Profil verbinden, benannt wie im Menü „Profile“ (vor SENTRY_AUTH_TOKEN).</translation>
    </message>
</context>
<context>
    <name>sm::ApiError</name>
    <message>
        <source>Some fields need attention: %1</source>
        <translation>Einige Felder brauchen Ihre Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sm::Session</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>Verbindung mit %1 nicht möglich</translation>
    </message>
    <message>
        <source>an internal integration</source>
        <translation>eine interne Integration</translation>
    </message>
</context>
<context>
    <name>sm::app::DemoOrganization</name>
    <message>
        <source>The demo server %1 could not be started.</source>
        <translation>Der Demo-Server %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1).</source>
        <translation>Der Demo-Server hat sich beendet, bevor er bereit war (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The demo server announced itself in an unexpected way.</source>
        <translation>Der Demo-Server hat sich auf unerwartete Weise gemeldet.</translation>
    </message>
</context>
<context>
    <name>sm::bulk</name>
    <message>
        <source>This file was written for version %1 of the bulk layout; this version reads version %2. Save a new template.</source>
        <translation>Diese Datei wurde für Version %1 des Massenformats geschrieben; diese Version liest Version %2. Speichern Sie eine neue Vorlage.</translation>
    </message>
    <message>
        <source>The file has no header row naming its columns.</source>
        <translation>Die Datei hat keine Kopfzeile, die ihre Spalten benennt.</translation>
    </message>
    <message>
        <source>A column of the header row has no name.</source>
        <translation>Eine Spalte der Kopfzeile hat keinen Namen.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is named twice.</source>
        <translation>Die Spalte „%1“ ist zweimal benannt.</translation>
    </message>
    <message>
        <source>The header row fits %1: choose the kind.</source>
        <translation>Die Kopfzeile passt zu %1: Wählen Sie die Art.</translation>
    </message>
    <message>
        <source>The header row names no kind of change: %1. Choose the kind, or start from a template.</source>
        <translation>Die Kopfzeile benennt keine Art von Änderung: %1. Wählen Sie die Art, oder beginnen Sie mit einer Vorlage.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not one of %2&apos;s: %3.</source>
        <translation>Die Spalte „%1“ gehört nicht zu %2: %3.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing; %2 need it.</source>
        <translation>Die Spalte „%1“ fehlt; %2 brauchen sie.</translation>
    </message>
    <message>
        <source>Over today&apos;s invitation limit (%1 per organization and per inviter each UTC day): planned for %2, after 00:00 UTC.</source>
        <translation>Über dem heutigen Einladungslimit (%1 je Organisation und je Einladendem pro UTC-Tag): geplant für %2, nach 00:00 UTC.</translation>
    </message>
    <message>
        <source>A team has no slug.</source>
        <translation>Ein Team hat keinen Slug.</translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot; in this organization.</source>
        <translation>In dieser Organisation gibt es kein Team „%1“.</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>Verwenden Sie true oder false.</translation>
    </message>
    <message>
        <source>%1&apos;s role is set by your identity provider: change it there, or through SCIM.</source>
        <translation>Die Rolle von %1 wird von Ihrem Identitätsanbieter festgelegt: Ändern Sie sie dort oder über SCIM.</translation>
    </message>
    <message>
        <source>%1 already has that role and those teams.</source>
        <translation>%1 hat diese Rolle und diese Teams bereits.</translation>
    </message>
    <message>
        <source>No %1 integration named &quot;%2&quot; is installed in this organization.</source>
        <translation>In dieser Organisation ist keine %1-Integration namens „%2“ installiert.</translation>
    </message>
    <message>
        <source>%1 is already linked as %2.</source>
        <translation>%1 ist bereits als %2 verknüpft.</translation>
    </message>
    <message>
        <source>The row has more cells than the header names.</source>
        <translation>Die Zeile hat mehr Zellen, als die Kopfzeile benennt.</translation>
    </message>
    <message>
        <source>No member of this organization has this email or id.</source>
        <translation>Kein Mitglied dieser Organisation hat diese E-Mail-Adresse oder ID.</translation>
    </message>
    <message>
        <source>An earlier row of the file names the same member.</source>
        <translation>Eine frühere Zeile der Datei nennt dasselbe Mitglied.</translation>
    </message>
</context>
<context>
    <name>sm::cli</name>
    <message>
        <source>success, or nothing to do</source>
        <translation>Erfolg, oder nichts zu tun</translation>
    </message>
    <message>
        <source>other failure</source>
        <translation>anderer Fehler</translation>
    </message>
    <message>
        <source>unknown command or option</source>
        <translation>unbekannter Befehl oder unbekannte Option</translation>
    </message>
    <message>
        <source>no token from any source</source>
        <translation>aus keiner Quelle ein Token</translation>
    </message>
    <message>
        <source>token refused by Sentry</source>
        <translation>Token von Sentry abgelehnt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>invalid input, refused before sending</source>
        <translation>ungültige Eingabe, vor dem Senden abgelehnt</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>confirmation needed: no terminal and no --yes</source>
        <translation>Bestätigung nötig: kein Terminal und kein --yes</translation>
    </message>
    <message>
        <source>refused by Sentry</source>
        <translation>von Sentry abgelehnt</translation>
    </message>
    <message>
        <source>network or server failure, nothing changed</source>
        <translation>Netzwerk- oder Serverfehler, nichts geändert</translation>
    </message>
    <message>
        <source>outcome unknown: the answer was lost; do not retry blindly</source>
        <translation>Ergebnis unbekannt: die Antwort ging verloren; nicht blind wiederholen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>The instance, organization and token in use, and where each came from</source>
        <translation>Die verwendete Instanz, Organisation und das Token, und woher jedes stammt</translation>
    </message>
    <message>
        <source>Every member, printed page by page as Sentry sends them</source>
        <translation>Alle Mitglieder, Seite für Seite ausgegeben, wie Sentry sie sendet</translation>
    </message>
    <message>
        <source>One member, with their teams and linked accounts</source>
        <translation>Ein Mitglied, mit seinen Teams und verknüpften Konten</translation>
    </message>
    <message>
        <source>Invite someone to the organization</source>
        <translation>Jemanden in die Organisation einladen</translation>
    </message>
    <message>
        <source>Change a member&apos;s organization role and teams; the teams not named are kept</source>
        <translation>Organisationsrolle und Teams eines Mitglieds ändern; nicht genannte Teams bleiben</translation>
    </message>
    <message>
        <source>Send a pending invitation again (a new link when it expired)</source>
        <translation>Eine offene Einladung erneut senden (mit neuem Link, wenn sie abgelaufen ist)</translation>
    </message>
    <message>
        <source>Remove a member or cancel an invitation</source>
        <translation>Ein Mitglied entfernen oder eine Einladung zurückziehen</translation>
    </message>
    <message>
        <source>The organization&apos;s teams</source>
        <translation>Die Teams der Organisation</translation>
    </message>
    <message>
        <source>The members your identity provider manages through SCIM</source>
        <translation>Die Mitglieder, die Ihr Identitätsanbieter über SCIM verwaltet</translation>
    </message>
    <message>
        <source>Add a member through SCIM, as an identity provider does (no invitation quota is spent)</source>
        <translation>Ein Mitglied über SCIM hinzufügen, wie es ein Identitätsanbieter tut (verbraucht kein Einladungskontingent)</translation>
    </message>
    <message>
        <source>Remove a SCIM-managed member for good</source>
        <translation>Ein über SCIM verwaltetes Mitglied endgültig entfernen</translation>
    </message>
    <message>
        <source>Every linked account (GitHub, GitLab, Slack, ...), one row each</source>
        <translation>Alle verknüpften Konten (GitHub, GitLab, Slack, ...), je eine Zeile</translation>
    </message>
    <message>
        <source>Link a member to their account on an integration</source>
        <translation>Ein Mitglied mit seinem Konto in einer Integration verknüpfen</translation>
    </message>
    <message>
        <source>Remove a linked account</source>
        <translation>Ein verknüpftes Konto entfernen</translation>
    </message>
    <message>
        <source>Only these fields, in this order (comma-separated).</source>
        <translation>Nur diese Felder, in dieser Reihenfolge (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only members matching &lt;text&gt;.</source>
        <translation>Nur Mitglieder, die zu &lt;text&gt; passen.</translation>
    </message>
    <message>
        <source>list: only members with the organization role &lt;role&gt;. Changes: the organization role to give.</source>
        <translation>list: nur Mitglieder mit der Organisationsrolle &lt;role&gt;. Änderungen: die zu vergebende Organisationsrolle.</translation>
    </message>
    <message>
        <source>Only active members, invited ones (not expired) or expired invitations.</source>
        <translation>Nur aktive Mitglieder, eingeladene (nicht abgelaufen) oder abgelaufene Einladungen.</translation>
    </message>
    <message>
        <source>list: only members of the team &lt;slug&gt;. Changes: put the member on it, with a team role after a colon (repeatable).</source>
        <translation>list: nur Mitglieder des Teams &lt;slug&gt;. Änderungen: das Mitglied aufnehmen, mit einer Teamrolle nach einem Doppelpunkt (wiederholbar).</translation>
    </message>
    <message>
        <source>Only members on no team.</source>
        <translation>Nur Mitglieder ohne Team.</translation>
    </message>
    <message>
        <source>Only joined members without two-factor authentication.</source>
        <translation>Nur beigetretene Mitglieder ohne Zwei-Faktor-Authentifizierung.</translation>
    </message>
    <message>
        <source>Only members managed by the identity provider.</source>
        <translation>Nur vom Identitätsanbieter verwaltete Mitglieder.</translation>
    </message>
    <message>
        <source>Only joined members with no linked account.</source>
        <translation>Nur beigetretene Mitglieder ohne verknüpftes Konto.</translation>
    </message>
    <message>
        <source>Take the member off the team &lt;slug&gt; (repeatable).</source>
        <translation>Das Mitglied aus dem Team &lt;slug&gt; nehmen (wiederholbar).</translation>
    </message>
    <message>
        <source>Add the invitation without emailing it.</source>
        <translation>Die Einladung anlegen, ohne sie per E-Mail zu senden.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach Bestätigung fragen.</translation>
    </message>
    <message>
        <source>The member, by email address or member id.</source>
        <translation>Das Mitglied, per E-Mail-Adresse oder Mitglieds-ID.</translation>
    </message>
    <message>
        <source>github, github_enterprise, gitlab, slack, msteams or custom.</source>
        <translation>github, github_enterprise, gitlab, slack, msteams oder custom.</translation>
    </message>
    <message>
        <source>The organization&apos;s integration, by name or id.</source>
        <translation>Die Integration der Organisation, per Name oder ID.</translation>
    </message>
    <message>
        <source>The account&apos;s name there (@name on GitHub and GitLab).</source>
        <translation>Der Name des Kontos dort (@name bei GitHub und GitLab).</translation>
    </message>
    <message>
        <source>The account&apos;s id there (optional).</source>
        <translation>Die ID des Kontos dort (optional).</translation>
    </message>
    <message>
        <source>Change a linked account, or move it to another member with --member; what is not given is kept</source>
        <translation>Ein verknüpftes Konto ändern oder mit --member einem anderen Mitglied zuordnen; nicht Angegebenes bleibt</translation>
    </message>
    <message>
        <source>Many changes from a CSV file: a preview of every row against the organization and Sentry&apos;s daily invitation limit, then a run journaled so that no row is sent twice</source>
        <translation>Viele Änderungen aus einer CSV-Datei: eine Vorschau jeder Zeile gegen die Organisation und Sentrys tägliches Einladungslimit, dann ein protokollierter Lauf, der keine Zeile zweimal sendet</translation>
    </message>
    <message>
        <source>The bulk runs of this organization, with their state and rows by status</source>
        <translation>Die Massenläufe dieser Organisation mit ihrem Zustand und den Zeilen nach Status</translation>
    </message>
    <message>
        <source>Forget a bulk run and its rows&apos; results</source>
        <translation>Einen Massenlauf und die Ergebnisse seiner Zeilen vergessen</translation>
    </message>
    <message>
        <source>Print the change as a curl command (bulk: the preview) and send nothing.</source>
        <translation>Die Änderung als curl-Befehl ausgeben (bulk: die Vorschau) und nichts senden.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; rows in flight (1-25; default 4); Sentry&apos;s rate limits pace them further.</source>
        <translation>Höchstens &lt;n&gt; Zeilen gleichzeitig unterwegs (1-25; Standard 4); Sentrys Ratenlimits takten sie zusätzlich.</translation>
    </message>
    <message>
        <source>Go on with the run &lt;run&gt;: rows whose answer never came are checked first, then the rest is sent.</source>
        <translation>Den Lauf &lt;run&gt; fortsetzen: Zeilen, deren Antwort nie kam, werden zuerst geprüft, dann wird der Rest gesendet.</translation>
    </message>
    <message>
        <source>Print the file template of &lt;kind&gt; and exit.</source>
        <translation>Die Dateivorlage von &lt;kind&gt; ausgeben und beenden.</translation>
    </message>
    <message>
        <source>rate limited; bulk: paused at a rate limit or the daily invitation limit</source>
        <translation>Ratenlimit erreicht; bulk: an einem Ratenlimit oder dem täglichen Einladungslimit angehalten</translation>
    </message>
    <message>
        <source>bulk: some rows failed, were refused or skipped</source>
        <translation>bulk: einige Zeilen sind fehlgeschlagen, wurden abgelehnt oder übersprungen</translation>
    </message>
    <message>
        <source>The kind of change in the file, when its header does not say: invites, scim, roles, removals, links or resends.</source>
        <translation>Die Art der Änderung in der Datei, wenn ihre Kopfzeile sie nicht nennt: invites, scim, roles, removals, links oder resends.</translation>
    </message>
    <message>
        <source>Show this help and the exit codes.</source>
        <translation>Diese Hilfe und die Exit-Codes anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Connect with the app&apos;s profile &lt;name&gt;.</source>
        <translation>Mit dem Profil &lt;name&gt; der App verbinden.</translation>
    </message>
    <message>
        <source>Read the token from standard input.</source>
        <translation>Das Token von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>table, json, jsonl or csv (table on a terminal, json otherwise).</source>
        <translation>table, json, jsonl oder csv (table an einem Terminal, sonst json).</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>as sentry-cli reads them; flags and a named --profile come first</source>
        <translation>wie sentry-cli sie liest; Optionen und ein genanntes --profile haben Vorrang</translation>
    </message>
    <message>
        <source>no colour; no progress on stderr</source>
        <translation>keine Farben; kein Fortschritt auf stderr</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit-Status:</translation>
    </message>
    <message>
        <source>Manage the members of a Sentry organization from scripts: the same checks, profiles and keychain as the Sentry Members app.</source>
        <translation>Die Mitglieder einer Sentry-Organisation aus Skripten verwalten: dieselben Prüfungen, Profile und derselbe Schlüsselbund wie in der App Sentry Members.</translation>
    </message>
    <message>
        <source>One of the commands below; each has its own --help.</source>
        <translation>Einer der Befehle unten; jeder hat sein eigenes --help.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Each change is sent once; a lost answer is checked before the outcome is printed. --dry-run prints it as curl instead.</source>
        <translation>Jede Änderung wird einmal gesendet; eine verlorene Antwort wird geprüft, bevor das Ergebnis ausgegeben wird. --dry-run gibt sie stattdessen als curl aus.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Aufruf: %1 [Optionen]</translation>
    </message>
    <message>
        <source>Unknown status %1: use active, invited or expired.</source>
        <translation>Unbekannter Status %1: active, invited oder expired verwenden.</translation>
    </message>
    <message>
        <source>--team and --no-team exclude each other.</source>
        <translation>--team und --no-team schließen einander aus.</translation>
    </message>
    <message>
        <source>Unknown kind %1: use invites, scim, roles, removals, links or resends.</source>
        <translation>Unbekannte Art %1: invites, scim, roles, removals, links oder resends verwenden.</translation>
    </message>
    <message>
        <source>--resume goes on with a run: give no file.</source>
        <translation>--resume setzt einen Lauf fort: keine Datei angeben.</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 25.</source>
        <translation>--concurrency nimmt eine Zahl von 1 bis 25.</translation>
    </message>
    <message>
        <source>Unknown format %1: use table, json, jsonl or csv.</source>
        <translation>Unbekanntes Format %1: table, json, jsonl oder csv verwenden.</translation>
    </message>
    <message>
        <source>No command given: see --help.</source>
        <translation>Kein Befehl angegeben: siehe --help.</translation>
    </message>
    <message>
        <source>Unknown command: %1. See --help.</source>
        <translation>Unbekannter Befehl: %1. Siehe --help.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 braucht %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Unerwartetes Argument: %1.</translation>
    </message>
    <message>
        <source>--%1 is not an option of %2. See %2 --help.</source>
        <translation>--%1 ist keine Option von %2. Siehe %2 --help.</translation>
    </message>
    <message>
        <source>members invite needs --role.</source>
        <translation>members invite braucht --role.</translation>
    </message>
    <message>
        <source>external-users create needs --%1.</source>
        <translation>external-users create braucht --%1.</translation>
    </message>
    <message>
        <source>Unknown field %1. The fields are: %2.</source>
        <translation>Unbekanntes Feld %1. Die Felder sind: %2.</translation>
    </message>
</context>
<context>
    <name>sm::cli::CliApp</name>
    <message>
        <source>No token for the profile %1: %2</source>
        <translation>Kein Token für das Profil %1: %2</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--token-stdin: standard input held no token.</source>
        <translation>--token-stdin: die Standardeingabe enthielt kein Token.</translation>
    </message>
    <message>
        <source>No organization: give --org, set SENTRY_ORG or use a profile.</source>
        <translation>Keine Organisation: --org angeben, SENTRY_ORG setzen oder ein Profil verwenden.</translation>
    </message>
    <message>
        <source>No token: set SENTRY_AUTH_TOKEN, pass --token-stdin or save a profile in the Sentry Members app.</source>
        <translation>Kein Token: SENTRY_AUTH_TOKEN setzen, --token-stdin verwenden oder in der App Sentry Members ein Profil speichern.</translation>
    </message>
    <message>
        <source>The organization has no member %1.</source>
        <translation>Die Organisation hat kein Mitglied %1.</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has that role and those teams.
</source>
        <translation>Nichts zu ändern: %1 hat diese Rolle und diese Teams schon.
</translation>
    </message>
    <message>
        <source>Remove %1 from the organization %2?</source>
        <translation>%1 aus der Organisation %2 entfernen?</translation>
    </message>
    <message>
        <source>%1 Without a terminal to ask on, pass --yes.</source>
        <translation>%1 Ohne Terminal für die Rückfrage --yes angeben.</translation>
    </message>
    <message>
        <source>Nothing was changed.
</source>
        <translation>Es wurde nichts geändert.
</translation>
    </message>
    <message>
        <source>Waiting for Sentry&apos;s rate limit until %1 UTC</source>
        <translation>Warte auf das Ratenlimit von Sentry bis %1 UTC</translation>
    </message>
    <message>
        <source>Interrupted after the change was sent: Sentry may have made it. Check before trying again.</source>
        <translation>Unterbrochen, nachdem die Änderung gesendet war: Sentry hat sie möglicherweise vorgenommen. Prüfen Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>Unterbrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The organization has no %1 integration.</source>
        <translation>Die Organisation hat keine %1-Integration.</translation>
    </message>
    <message>
        <source>The organization has no %1 integration %2. It has: %3.</source>
        <translation>Die Organisation hat keine %1-Integration %2. Sie hat: %3.</translation>
    </message>
    <message>
        <source>%1 has not joined yet: only a member with an account can be linked.</source>
        <translation>%1 ist noch nicht beigetreten: Nur ein Mitglied mit Konto kann verknüpft werden.</translation>
    </message>
    <message>
        <source>The organization has no linked account %1.</source>
        <translation>Die Organisation hat kein verknüpftes Konto %1.</translation>
    </message>
    <message>
        <source>%1 has no linked account %2.</source>
        <translation>%1 hat kein verknüpftes Konto %2.</translation>
    </message>
    <message>
        <source>%1 of %2 SCIM users read</source>
        <translation>%1 von %2 SCIM-Benutzern gelesen</translation>
    </message>
    <message>
        <source>SCIM manages no member %1 in this organization.</source>
        <translation>SCIM verwaltet in dieser Organisation kein Mitglied %1.</translation>
    </message>
    <message>
        <source>Remove %1 from the organization %2 for good, as the identity provider would?</source>
        <translation>%1 endgültig aus der Organisation %2 entfernen, wie es der Identitätsanbieter täte?</translation>
    </message>
    <message>
        <source>Members read: %1</source>
        <translation>Mitglieder gelesen: %1</translation>
    </message>
    <message>
        <source>The journal of bulk runs cannot be opened: %1</source>
        <translation>Das Protokoll der Massenläufe lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>No bulk run %1 in this organization&apos;s journal.</source>
        <translation>Kein Massenlauf %1 im Protokoll dieser Organisation.</translation>
    </message>
    <message>
        <source>The run %1 is running (process %2).</source>
        <translation>Der Lauf %1 läuft gerade (Prozess %2).</translation>
    </message>
    <message>
        <source>Removed the run %1.
</source>
        <translation>Der Lauf %1 wurde entfernt.
</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB.</source>
        <translation>%1 ist größer als 64 MiB.</translation>
    </message>
    <message>
        <source>The journal of bulk runs cannot be written: %1</source>
        <translation>Das Protokoll der Massenläufe lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>The run %1 is of an unknown kind %2.</source>
        <translation>Der Lauf %1 ist von einer unbekannten Art %2.</translation>
    </message>
    <message>
        <source>Interrupted; nothing more was sent.</source>
        <translation>Unterbrochen; nichts weiter wurde gesendet.</translation>
    </message>
    <message>
        <source>Send %1 change(s) to %2?</source>
        <translation>%1 Änderung(en) an %2 senden?</translation>
    </message>
    <message>
        <source>Resume it with: sentry-members-cli bulk --resume %1 --yes
</source>
        <translation>Fortsetzen mit: sentry-members-cli bulk --resume %1 --yes
</translation>
    </message>
    <message>
        <source>Sentry&apos;s rate limit: waiting until %1 UTC.
</source>
        <translation>Sentrys Ratenlimit: Warten bis %1 UTC.
</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Zeilen: %1 von %2</translation>
    </message>
    <message>
        <source>Sentry&apos;s daily invitation limit is reached: continues after 00:00 UTC (%1).</source>
        <translation>Sentrys tägliches Einladungslimit ist erreicht: geht nach 00:00 UTC weiter (%1).</translation>
    </message>
    <message>
        <source>Run %1: %2.
</source>
        <translation>Lauf %1: %2.
</translation>
    </message>
    <message>
        <source>Interrupted. Go on with: sentry-members-cli bulk --resume %1</source>
        <translation>Unterbrochen. Fortsetzen mit: sentry-members-cli bulk --resume %1</translation>
    </message>
    <message>
        <source>%1 invitation(s) wait for Sentry&apos;s daily limit: go on after %2 with sentry-members-cli bulk --resume %3</source>
        <translation>%1 Einladung(en) warten auf Sentrys Tageslimit: nach %2 fortsetzen mit sentry-members-cli bulk --resume %3</translation>
    </message>
    <message>
        <source>Preview of %1 row(s): %2.
</source>
        <translation>Vorschau von %1 Zeile(n): %2.
</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Invitations by UTC day (Sentry allows %1 a day): %2.
</source>
        <translation>Einladungen nach UTC-Tag (Sentry erlaubt %1 pro Tag): %2.
</translation>
    </message>
    <message>
        <source>SCIM is set up here and has no daily limit: --kind scim provisions the same addresses at once.
</source>
        <translation>SCIM ist hier eingerichtet und hat kein Tageslimit: --kind scim legt dieselben Adressen sofort an.
</translation>
    </message>
    <message>
        <source>The preview is more than a minute old: reading the organization again.
</source>
        <translation>Die Vorschau ist älter als eine Minute: Die Organisation wird erneut gelesen.
</translation>
    </message>
</context>
<context>
    <name>sm::connection</name>
    <message>
        <source>sentry.io</source>
        <translation>sentry.io</translation>
    </message>
    <message>
        <source>sentry.io (US region)</source>
        <translation>sentry.io (Region USA)</translation>
    </message>
    <message>
        <source>sentry.io (EU region)</source>
        <translation>sentry.io (Region EU)</translation>
    </message>
    <message>
        <source>Enter the address of your Sentry, e.g. https://sentry.example.com.</source>
        <translation>Geben Sie die Adresse Ihres Sentry ein, z. B. https://sentry.example.com.</translation>
    </message>
    <message>
        <source>Use an https:// address: the auth token must not travel unencrypted.</source>
        <translation>Verwenden Sie eine https://-Adresse: Das Auth-Token darf nicht unverschlüsselt übertragen werden.</translation>
    </message>
    <message>
        <source>Enter the organization slug.</source>
        <translation>Geben Sie den Organisations-Slug ein.</translation>
    </message>
    <message>
        <source>An organization slug has only letters, digits, - and _.</source>
        <translation>Ein Organisations-Slug besteht nur aus Buchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <source>Enter an auth token.</source>
        <translation>Geben Sie ein Auth-Token ein.</translation>
    </message>
    <message>
        <source>The auth token must not contain spaces or line breaks.</source>
        <translation>Das Auth-Token darf keine Leerzeichen oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Sentry URL (default: SENTRY_URL or https://sentry.io).</source>
        <translation>Sentry-URL (Standard: SENTRY_URL oder https://sentry.io).</translation>
    </message>
    <message>
        <source>Organization slug (default: SENTRY_ORG).</source>
        <translation>Organisations-Slug (Standard: SENTRY_ORG).</translation>
    </message>
    <message>
        <source>PEM file of a certificate authority trusted for the server, besides the system&apos;s (default: SENTRY_MEMBERS_CA_FILE).</source>
        <translation>PEM-Datei einer Zertifizierungsstelle, der für den Server zusätzlich zu denen des Systems vertraut wird (Standard: SENTRY_MEMBERS_CA_FILE).</translation>
    </message>
</context>
<context>
    <name>sm::csv</name>
    <message>
        <source>Text after a closing quote.</source>
        <translation>Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>A quote is never closed.</source>
        <translation>Ein Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>sm::directory::Hygiene</name>
    <message>
        <source>without a team: not known</source>
        <translation>ohne Team: unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending invitation</source>
        <translation>
            <numerusform>%Ln offene Einladung</numerusform>
            <numerusform>%Ln offene Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending invitations</source>
        <translation>
            <numerusform>%Ln offene Einladung</numerusform>
            <numerusform>%Ln offene Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln expired)</source>
        <translation>
            <numerusform>(%Ln abgelaufen)</numerusform>
            <numerusform>(%Ln abgelaufen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without 2FA</source>
        <translation>
            <numerusform>%Ln ohne 2FA</numerusform>
            <numerusform>%Ln ohne 2FA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a team</source>
        <translation>
            <numerusform>%Ln ohne Team</numerusform>
            <numerusform>%Ln ohne Team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln managed by the identity provider</source>
        <translation>
            <numerusform>%Ln vom Identitätsanbieter verwaltet</numerusform>
            <numerusform>%Ln vom Identitätsanbieter verwaltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a linked account</source>
        <translation>
            <numerusform>%Ln ohne verknüpftes Konto</numerusform>
            <numerusform>%Ln ohne verknüpftes Konto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sm::directory::MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Org role</source>
        <translation>Org-Rolle</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Verknüpfte Konten</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Invite expired</source>
        <translation>Einladung abgelaufen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Managed, role too</source>
        <translation>Verwaltet, auch die Rolle</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Role managed</source>
        <translation>Rolle verwaltet</translation>
    </message>
    <message>
        <source>Invited by %1</source>
        <translation>Eingeladen von %1</translation>
    </message>
    <message>
        <source>%1, change unconfirmed</source>
        <translation>%1, Änderung unbestätigt</translation>
    </message>
</context>
<context>
    <name>sm::directory::Permissions</name>
    <message>
        <source>This needs the member:admin scope, which your role (%1) does not have.</source>
        <translation>Dafür ist der Bereich member:admin nötig, den Ihre Rolle (%1) nicht hat.</translation>
    </message>
    <message>
        <source>An integration token cannot change roles: Sentry needs a user token with the member:admin scope.</source>
        <translation>Ein Integrations-Token kann keine Rollen ändern: Sentry verlangt ein Benutzer-Token mit dem Bereich member:admin.</translation>
    </message>
    <message>
        <source>This is you. Leave the organization from Sentry&apos;s own settings, so you do not lock yourself out here.</source>
        <translation>Das sind Sie. Verlassen Sie die Organisation in Sentrys eigenen Einstellungen, damit Sie sich hier nicht aussperren.</translation>
    </message>
    <message>
        <source>Remove them in the identity provider, or deprovision them in the SCIM view.</source>
        <translation>Entfernen Sie es im Identitätsanbieter oder heben Sie die Bereitstellung über SCIM auf.</translation>
    </message>
    <message>
        <source>%1 has not accepted the invitation yet: there is no Sentry user to link until they do.</source>
        <translation>%1 hat die Einladung noch nicht angenommen: Bis dahin gibt es keinen Sentry-Benutzer zum Verknüpfen.</translation>
    </message>
    <message>
        <source>Linking accounts needs the org:write scope, which your role (%1) does not have.</source>
        <translation>Zum Verknüpfen von Konten ist der Bereich org:write nötig, den Ihre Rolle (%1) nicht hat.</translation>
    </message>
    <message>
        <source>As an internal integration: invites with the member role only and cannot change organization roles; other actions depend on the integration&apos;s scopes.</source>
        <translation>Als interne Integration: lädt nur mit der Rolle Mitglied ein und kann keine Organisationsrollen ändern; alles Weitere hängt von den Scopes der Integration ab.</translation>
    </message>
    <message>
        <source>Scopes include member:admin: can invite, change roles up to %1, remove members and deprovision SCIM users.</source>
        <translation>Scopes enthalten member:admin: kann einladen, Rollen bis %1 ändern, Mitglieder entfernen und SCIM-Benutzer deprovisionieren.</translation>
    </message>
    <message>
        <source>Can invite members and change teams; changing roles and removing members need member:admin.</source>
        <translation>Kann Mitglieder einladen und Teams ändern; Rollen ändern und Mitglieder entfernen erfordern member:admin.</translation>
    </message>
    <message>
        <source>Can read members only: inviting needs member:invite or member:write, changing roles member:admin.</source>
        <translation>Kann Mitglieder nur lesen: Einladen erfordert member:invite oder member:write, Rollen ändern member:admin.</translation>
    </message>
    <message>
        <source>An integration token is not a member of the organization, so Sentry does not let it remove anyone: use a user token with member:admin.</source>
        <translation>Ein Integrations-Token ist kein Mitglied der Organisation, daher lässt Sentry es niemanden entfernen: Verwenden Sie ein Benutzer-Token mit member:admin.</translation>
    </message>
</context>
<context>
    <name>sm::directory::ScimUsersModel</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Org role</source>
        <translation>Org-Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Mitglieds-ID</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>sm::directory::TeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
</context>
<context>
    <name>sm::errors</name>
    <message>
        <source>Sentry did not accept the auth token. Check that it is correct and has not expired.</source>
        <translation>Sentry hat das Auth-Token nicht akzeptiert. Prüfen Sie, ob es korrekt und nicht abgelaufen ist.</translation>
    </message>
    <message>
        <source>This auth token is not allowed to do that.</source>
        <translation>Dieses Auth-Token ist dazu nicht berechtigt.</translation>
    </message>
    <message>
        <source>Sentry could not find that organization or item.</source>
        <translation>Sentry konnte diese Organisation oder dieses Objekt nicht finden.</translation>
    </message>
    <message>
        <source>That already exists in Sentry.</source>
        <translation>Das existiert in Sentry bereits.</translation>
    </message>
    <message>
        <source>Sentry is limiting how often this can be done. Wait a moment and try again.</source>
        <translation>Sentry begrenzt, wie oft das möglich ist. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sentry had a problem answering (HTTP %1). Try again later.</source>
        <translation>Sentry hatte ein Problem beim Antworten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Sentry refused the request (HTTP %1).</source>
        <translation>Sentry hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Sentry could not understand the SCIM filter.</source>
        <translation>Sentry konnte den SCIM-Filter nicht verstehen.</translation>
    </message>
    <message>
        <source>Sentry refused the SCIM request (%1).</source>
        <translation>Sentry hat die SCIM-Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Sentry had an internal error. If it persists, quote error id %1 to Sentry support.</source>
        <translation>In Sentry ist ein interner Fehler aufgetreten. Wenn er bestehen bleibt, nennen Sie dem Sentry-Support die Fehler-ID %1.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation>Verbindung mit %1 nicht möglich: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the Sentry URL.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Sentry-URL.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. The request was not followed so the auth token stays with %1; check the Sentry URL.</source>
        <translation>%1 hat die Anfrage nach %2 umgeleitet. Der Umleitung wurde nicht gefolgt, damit das Auth-Token bei %1 bleibt; prüfen Sie die Sentry-URL.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused:</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt:</translation>
    </message>
    <message>
        <source>its certificate expired on %1. The server&apos;s administrator must renew it.</source>
        <translation>sein Zertifikat ist am %1 abgelaufen. Die Administration des Servers muss es erneuern.</translation>
    </message>
    <message>
        <source>its certificate is only valid from %1. Check this computer&apos;s clock.</source>
        <translation>sein Zertifikat gilt erst ab %1. Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>its certificate is for %1, not for %2. Check the Sentry URL.</source>
        <translation>sein Zertifikat gilt für %1, nicht für %2. Prüfen Sie die Sentry-URL.</translation>
    </message>
    <message>
        <source>its certificate is self-signed. If this is your own Sentry, add the certificate of its authority to the connection.</source>
        <translation>sein Zertifikat ist selbst signiert. Wenn dies Ihr eigenes Sentry ist, fügen Sie der Verbindung das Zertifikat seiner Zertifizierungsstelle hinzu.</translation>
    </message>
    <message>
        <source>its certificate was issued by an authority this computer does not trust (%1). If your Sentry uses a private certificate authority, add its certificate to the connection.</source>
        <translation>sein Zertifikat stammt von einer Zertifizierungsstelle, der dieser Computer nicht vertraut (%1). Wenn Ihr Sentry eine private Zertifizierungsstelle verwendet, fügen Sie der Verbindung deren Zertifikat hinzu.</translation>
    </message>
    <message>
        <source>its certificate could not be verified.</source>
        <translation>sein Zertifikat konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Sentry&apos;s server answered with an error (HTTP %1) instead of a result. The change may or may not have been made.</source>
        <translation>Der Server von Sentry hat mit einem Fehler (HTTP %1) statt mit einem Ergebnis geantwortet. Die Änderung wurde möglicherweise vorgenommen, möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Try again after %1.</source>
        <translation>Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The change may or may not have been made.</source>
        <translation>Die Änderung wurde möglicherweise vorgenommen, möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>%1 redirected the request again and again. Check the Sentry URL.</source>
        <translation>%1 hat die Anfrage immer wieder umgeleitet. Prüfen Sie die Sentry-URL.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted before it answered.</source>
        <translation>Die Verbindung zu %1 wurde vor der Antwort unterbrochen.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to %2 instead of a result. A change is never sent on to another address, so nothing was changed by the redirect. Check the Sentry URL.</source>
        <translation>%1 hat mit einer Umleitung nach %2 statt mit einem Ergebnis geantwortet. Eine Änderung wird nie an eine andere Adresse weitergeschickt, durch die Umleitung wurde also nichts geändert. Prüfen Sie die Sentry-URL.</translation>
    </message>
    <message>
        <source>Sentry answered, but the answer could not be read. The change may or may not have been made.</source>
        <translation>Sentry hat geantwortet, aber die Antwort konnte nicht gelesen werden. Die Änderung wurde möglicherweise vorgenommen, möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Sentry answered, but the answer could not be read.</source>
        <translation>Sentry hat geantwortet, aber die Antwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2, which was not read.</source>
        <translation>%1 hat eine Antwort größer als %2 geschickt; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 did not take the request: it was closing the connection, as a server does while it restarts. Try again in a moment.</source>
        <translation>%1 hat die Anfrage nicht angenommen: Der Server schloss gerade die Verbindung, wie beim Neustart eines Servers. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Sentry counts invitations and resends per UTC day: 100 per organization, 100 per person inviting and 10 per address, refused ones included. The count starts again at %1.</source>
        <translation>Sentry zählt Einladungen und erneute Einladungen pro UTC-Tag: 100 pro Organisation, 100 pro einladender Person und 10 pro Adresse, abgelehnte eingeschlossen. Die Zählung beginnt wieder am %1.</translation>
    </message>
    <message>
        <source>Sentry&apos;s server answered with an error (HTTP %1) instead of a result.</source>
        <translation>Der Server von Sentry hat mit einem Fehler (HTTP %1) statt mit einem Ergebnis geantwortet.</translation>
    </message>
</context>
<context>
    <name>sm::gui::BulkRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Duplicate in the file</source>
        <translation>Doppelt in der Datei</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Bereits Mitglied</translation>
    </message>
    <message>
        <source>Invitation already pending</source>
        <translation>Einladung bereits offen</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Unknown team</source>
        <translation>Unbekanntes Team</translation>
    </message>
    <message>
        <source>Managed by the identity provider</source>
        <translation>Vom Identitätsanbieter verwaltet</translation>
    </message>
    <message>
        <source>Unknown integration</source>
        <translation>Unbekannte Integration</translation>
    </message>
    <message>
        <source>External name taken</source>
        <translation>Externer Name vergeben</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
    <message>
        <source>Over today&apos;s invitation limit</source>
        <translation>Über dem heutigen Einladungslimit</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown: to be checked</source>
        <translation>Unbekannt: wird geprüft</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>sm::gui::BulkWindow</name>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>SCIM provisioning</source>
        <translation>SCIM-Bereitstellung</translation>
    </message>
    <message>
        <source>Role and team changes</source>
        <translation>Rollen- und Teamänderungen</translation>
    </message>
    <message>
        <source>Removals</source>
        <translation>Entfernungen</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Verknüpfte Konten</translation>
    </message>
    <message>
        <source>From the header row</source>
        <translation>Aus der Kopfzeile</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>Gesendete Zeilen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Rows by status</source>
        <translation>Zeilen nach Status</translation>
    </message>
    <message>
        <source>Open a bulk file</source>
        <translation>Massendatei öffnen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The journal of bulk runs cannot be opened: %1</source>
        <translation>Das Protokoll der Massenläufe lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB.</source>
        <translation>%1 ist größer als 64 MiB.</translation>
    </message>
    <message>
        <source>Opened %1. Check it before sending.</source>
        <translation>%1 geöffnet. Prüfen Sie sie vor dem Senden.</translation>
    </message>
    <message>
        <source>Reading the organization: %1 members…</source>
        <translation>Die Organisation wird gelesen: %1 Mitglieder…</translation>
    </message>
    <message>
        <source>The organization could not be read: %1</source>
        <translation>Die Organisation konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 row(s): %2.</source>
        <translation>%1 Zeile(n): %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Sentry allows %1 invitations a day: %2 (UTC days).</source>
        <translation>Sentry erlaubt %1 Einladungen pro Tag: %2 (UTC-Tage).</translation>
    </message>
    <message>
        <source>SCIM is set up here and has no daily limit: choose SCIM provisioning to add them at once.</source>
        <translation>SCIM ist hier eingerichtet und hat kein Tageslimit: Wählen Sie SCIM-Bereitstellung, um sie sofort hinzuzufügen.</translation>
    </message>
    <message>
        <source>The check is more than a minute old: checking again. Send once it is done.</source>
        <translation>Die Prüfung ist älter als eine Minute: Es wird erneut geprüft. Senden Sie danach.</translation>
    </message>
    <message>
        <source>Send bulk changes</source>
        <translation>Massenänderungen senden</translation>
    </message>
    <message>
        <source>Send %1 change(s) to %2?</source>
        <translation>%1 Änderung(en) an %2 senden?</translation>
    </message>
    <message>
        <source>Each row is sent once and written to this organization&apos;s journal; rows that are not ready are skipped. You can pause or stop the run, and resume it later.</source>
        <translation>Jede Zeile wird einmal gesendet und im Protokoll dieser Organisation festgehalten; nicht bereite Zeilen werden übersprungen. Sie können den Lauf anhalten oder beenden und später fortsetzen.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>(pasted text)</source>
        <translation>(eingefügter Text)</translation>
    </message>
    <message>
        <source>The journal of bulk runs cannot be written: %1</source>
        <translation>Das Protokoll der Massenläufe lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Waiting for Sentry&apos;s rate limit until %1 UTC.</source>
        <translation>Warten auf Sentrys Ratenlimit bis %1 UTC.</translation>
    </message>
    <message>
        <source>%1 of %2 rows finished.</source>
        <translation>%1 von %2 Zeilen abgeschlossen.</translation>
    </message>
    <message>
        <source>About %1 s left.</source>
        <translation>Noch etwa %1 s.</translation>
    </message>
    <message>
        <source>Invitations over Sentry&apos;s daily limit continue after 00:00 UTC (%1): resume the run then.</source>
        <translation>Einladungen über Sentrys Tageslimit gehen nach 00:00 UTC weiter (%1): Setzen Sie den Lauf dann fort.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>The results are in %1.</source>
        <translation>Die Ergebnisse sind in %1.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Saved the template in %1.</source>
        <translation>Die Vorlage wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>The run %1 is running in another process.</source>
        <translation>Der Lauf %1 läuft in einem anderen Prozess.</translation>
    </message>
    <message>
        <source>Checking the rows whose answer never came…</source>
        <translation>Die Zeilen, deren Antwort nie kam, werden geprüft…</translation>
    </message>
    <message>
        <source>%1 row(s) still to send.</source>
        <translation>Noch %1 Zeile(n) zu senden.</translation>
    </message>
    <message>
        <source>Removed the run %1.</source>
        <translation>Der Lauf %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Invitations sent again</source>
        <translation>Erneut gesendete Einladungen</translation>
    </message>
    <message>
        <source>A run is going: let it finish or stop it before checking another change.</source>
        <translation>Ein Lauf ist im Gang: Lassen Sie ihn enden oder halten Sie ihn an, bevor Sie eine andere Änderung prüfen.</translation>
    </message>
</context>
<context>
    <name>sm::gui::ConfirmChangeDialog</name>
    <message>
        <source>Pre&amp;view request…</source>
        <translation>Anfrage-Vorscha&amp;u…</translation>
    </message>
    <message>
        <source>Show the request this would send, without sending it</source>
        <translation>Die Anfrage zeigen, die gesendet würde, ohne sie zu senden</translation>
    </message>
    <message>
        <source>%1: request preview</source>
        <translation>%1: Vorschau der Anfrage</translation>
    </message>
</context>
<context>
    <name>sm::gui::ConnectDialog</name>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Show the auth token</source>
        <translation>Das Auth-Token anzeigen</translation>
    </message>
    <message>
        <source>Self-hosted…</source>
        <translation>Selbst gehostet…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>Verbunden als %1 (%2).</translation>
    </message>
    <message>
        <source>Connected as an internal integration.</source>
        <translation>Verbunden als interne Integration.</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Eine CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sm::gui::ConnectionController</name>
    <message>
        <source>%1: reading the token from the system keychain…</source>
        <translation>%1: Token wird aus dem Schlüsselbund des Systems gelesen …</translation>
    </message>
    <message>
        <source>%1: %2 Enter the token to connect.</source>
        <translation>%1: %2 Geben Sie das Token ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>Token not saved</source>
        <translation>Token nicht gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The token of %1 was deleted from the keychain.</source>
        <translation>Das Token von %1 wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile %1 and its saved token?</source>
        <translation>Das Profil %1 und sein gespeichertes Token entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>sm::gui::EditMemberRolesForm</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Enter the member&apos;s email address or member id.</source>
        <translation>Geben Sie die E-Mail-Adresse oder Mitglieds-ID des Mitglieds ein.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Suche %1…</translation>
    </message>
    <message>
        <source>No member or invitation uses %1 in this organization.</source>
        <translation>Kein Mitglied und keine Einladung in dieser Organisation verwendet %1.</translation>
    </message>
    <message>
        <source>Loading member %1…</source>
        <translation>Lade Mitglied %1…</translation>
    </message>
    <message>
        <source>invitation expired</source>
        <translation>Einladung abgelaufen</translation>
    </message>
    <message>
        <source>invitation pending</source>
        <translation>Einladung ausstehend</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>%1 · member id %2 · %3 · %4</source>
        <translation>%1 · Mitglieds-ID %2 · %3 · %4</translation>
    </message>
    <message>
        <source>This member&apos;s organization role is managed by your identity provider.</source>
        <translation>Die Organisationsrolle dieses Mitglieds wird von Ihrem Identitätsanbieter verwaltet.</translation>
    </message>
    <message>
        <source>teams: %1</source>
        <translation>Teams: %1</translation>
    </message>
    <message>
        <source>Load a member first.</source>
        <translation>Laden Sie zuerst ein Mitglied.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>%1 stays %2</source>
        <translation>%1 bleibt %2</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>Sending the invitation again…</source>
        <translation>Sende die Einladung erneut…</translation>
    </message>
    <message>
        <source>A new invitation link was sent to %1.</source>
        <translation>Ein neuer Einladungslink wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>The invitation was sent to %1 again.</source>
        <translation>Die Einladung wurde erneut an %1 gesendet.</translation>
    </message>
    <message>
        <source>Edit member roles</source>
        <translation>Mitgliederrollen bearbeiten</translation>
    </message>
    <message>
        <source>An integration token cannot change organization roles: Sentry needs a user token with the member:admin scope. Teams can still be changed.</source>
        <translation>Ein Integrations-Token kann keine Organisationsrollen ändern: Sentry braucht ein Benutzer-Token mit dem Scope member:admin. Teams lassen sich weiterhin ändern.</translation>
    </message>
</context>
<context>
    <name>sm::gui::ExternalUserForm</name>
    <message>
        <source>&amp;Save link</source>
        <translation>Verknüpfung &amp;speichern</translation>
    </message>
    <message>
        <source>Email or user id</source>
        <translation>E-Mail oder Benutzer-ID</translation>
    </message>
    <message>
        <source>Sentry user</source>
        <translation>Sentry-Benutzer</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@name</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>Name bei %1</translation>
    </message>
    <message>
        <source>&amp;Create link</source>
        <translation>&amp;Verknüpfung anlegen</translation>
    </message>
    <message>
        <source>Enter the numeric id of an existing link.</source>
        <translation>Geben Sie die numerische ID einer bestehenden Verknüpfung ein.</translation>
    </message>
    <message>
        <source>Looking up link %1…</source>
        <translation>Suche Verknüpfung %1…</translation>
    </message>
    <message>
        <source>No external-user link has id %1.</source>
        <translation>Keine Verknüpfung eines externen Benutzers hat die ID %1.</translation>
    </message>
    <message>
        <source>Loaded link %1: %2 %3.</source>
        <translation>Verknüpfung %1 geladen: %2 %3.</translation>
    </message>
    <message>
        <source>Choose a Sentry user who has accepted their invitation.</source>
        <translation>Wählen Sie einen Sentry-Benutzer, der seine Einladung angenommen hat.</translation>
    </message>
    <message>
        <source>No %1 integration is installed in this organization.</source>
        <translation>In dieser Organisation ist keine %1-Integration installiert.</translation>
    </message>
    <message>
        <source>Enter the id of the link to change.</source>
        <translation>Geben Sie die ID der zu ändernden Verknüpfung ein.</translation>
    </message>
    <message>
        <source>Saving the link…</source>
        <translation>Speichere die Verknüpfung…</translation>
    </message>
    <message>
        <source>Link %1 now connects %2 account %3 to %4 (integration %5).</source>
        <translation>Verknüpfung %1 verbindet jetzt das %2-Konto %3 mit %4 (Integration %5).</translation>
    </message>
    <message>
        <source>Link %1 already connected %2 account %3 to %4 (integration %5); nothing changed.</source>
        <translation>Verknüpfung %1 verband das %2-Konto %3 bereits mit %4 (Integration %5); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Created link %1: %2 account %3 belongs to %4 (integration %5).</source>
        <translation>Verknüpfung %1 angelegt: Das %2-Konto %3 gehört zu %4 (Integration %5).</translation>
    </message>
    <message>
        <source>Link external user</source>
        <translation>Externen Benutzer verknüpfen</translation>
    </message>
    <message>
        <source>%1: %2 account %3 of %4</source>
        <translation>%1: %2-Konto %3 von %4</translation>
    </message>
</context>
<context>
    <name>sm::gui::InviteMemberForm</name>
    <message>
        <source>&amp;Invite</source>
        <translation>Ein&amp;laden</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Inviting %1…</source>
        <translation>Lade %1 ein…</translation>
    </message>
    <message>
        <source>%1 (Contributor)</source>
        <translation>%1 (Contributor)</translation>
    </message>
    <message>
        <source>Invitation sent to %1 as %2</source>
        <translation>Einladung an %1 als %2 gesendet</translation>
    </message>
    <message>
        <source>Added %1 as %2 without sending an invitation email</source>
        <translation>%1 als %2 hinzugefügt, ohne eine Einladungs-E-Mail zu senden</translation>
    </message>
    <message>
        <source>; no teams.</source>
        <translation>; keine Teams.</translation>
    </message>
    <message>
        <source>; teams: %1.</source>
        <translation>; Teams: %1.</translation>
    </message>
    <message>
        <source>Invite member</source>
        <translation>Mitglied einladen</translation>
    </message>
</context>
<context>
    <name>sm::gui::LinkedAccountsPanel</name>
    <message>
        <source>Linked accounts of %1</source>
        <translation>Verknüpfte Konten von %1</translation>
    </message>
    <message>
        <source>Linked accounts of the selected member</source>
        <translation>Verknüpfte Konten des gewählten Mitglieds</translation>
    </message>
    <message>
        <source>%1 %2 (link %3)</source>
        <translation>%1 %2 (Verknüpfung %3)</translation>
    </message>
    <message>
        <source>No linked accounts</source>
        <translation>Keine verknüpften Konten</translation>
    </message>
</context>
<context>
    <name>sm::gui::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>About Sentry Members</source>
        <translation>Über Sentry Members</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sentry Members %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Manage the people of a Sentry organization: invitations, roles, SCIM and external accounts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sentry Members %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Mitglieder einer Sentry-Organisation verwalten: Einladungen, Rollen, SCIM und externe Konten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>Stop connecting</source>
        <translation>Verbinden abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the server</source>
        <translation>Nicht länger auf den Server warten</translation>
    </message>
    <message>
        <source>Connection. %1</source>
        <translation>Verbindung. %1</translation>
    </message>
</context>
<context>
    <name>sm::gui::MemberRowActions</name>
    <message>
        <source>Sending the invitation to %1 again…</source>
        <translation>Die Einladung an %1 wird erneut gesendet…</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Einladung gesendet</translation>
    </message>
    <message>
        <source>Could not resend the invitation</source>
        <translation>Die Einladung konnte nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>Sent %1 a new invitation link; the expired one no longer works.</source>
        <translation>%1 hat einen neuen Einladungslink erhalten; der abgelaufene gilt nicht mehr.</translation>
    </message>
    <message>
        <source>Sent the invitation to %1 again.</source>
        <translation>Die Einladung an %1 wurde erneut gesendet.</translation>
    </message>
    <message>
        <source>Resend invitation: request preview</source>
        <translation>Einladung erneut senden: Vorschau der Anfrage</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>%1 aus %2 entfernen?</translation>
    </message>
    <message>
        <source>The invitation is withdrawn: its link stops working.</source>
        <translation>Die Einladung wird zurückgezogen: Ihr Link funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>They lose access to the organization and its projects at once. This cannot be undone; to bring them back, invite them again.</source>
        <translation>Das Mitglied verliert sofort den Zugriff auf die Organisation und ihre Projekte. Das lässt sich nicht rückgängig machen; laden Sie es erneut ein, um es zurückzuholen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Bereitstellung von %1 wird aufgehoben…</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Mitglied entfernt</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2.</source>
        <translation>%1 ist kein Mitglied von %2 mehr.</translation>
    </message>
    <message>
        <source>Unlink account</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Unlink %1 from %2?</source>
        <translation>%1 von %2 lösen?</translation>
    </message>
    <message>
        <source>Sentry stops assigning that account&apos;s issues and code owners to this member.</source>
        <translation>Sentry ordnet die Issues und Code-Owner-Regeln dieses Kontos dann nicht mehr diesem Mitglied zu.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Unlinking %1…</source>
        <translation>%1 wird getrennt…</translation>
    </message>
    <message>
        <source>Account unlinked</source>
        <translation>Verknüpfung gelöst</translation>
    </message>
    <message>
        <source>Could not unlink the account</source>
        <translation>Die Verknüpfung konnte nicht gelöst werden</translation>
    </message>
    <message>
        <source>%1 is no longer linked to %2.</source>
        <translation>%1 ist nicht mehr mit %2 verknüpft.</translation>
    </message>
</context>
<context>
    <name>sm::gui::MembersView</name>
    <message>
        <source>Edit roles…</source>
        <translation>Rollen bearbeiten…</translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <source>Remove from organization…</source>
        <translation>Aus der Organisation entfernen…</translation>
    </message>
    <message>
        <source>Link external account…</source>
        <translation>Externes Konto verknüpfen…</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>E-Mail kopieren</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Could not list the members</source>
        <translation>Die Mitglieder konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Teams could not be read: %1</source>
        <translation>Die Teams konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The members of team %1 could not be read: %2</source>
        <translation>Die Mitglieder des Teams %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>Jedes Team</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invited (pending)</source>
        <translation>Eingeladen (offen)</translation>
    </message>
    <message>
        <source>Invite expired</source>
        <translation>Einladung abgelaufen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>With 2FA</source>
        <translation>Mit 2FA</translation>
    </message>
    <message>
        <source>Without 2FA</source>
        <translation>Ohne 2FA</translation>
    </message>
    <message>
        <source>SSO linked</source>
        <translation>SSO verknüpft</translation>
    </message>
    <message>
        <source>SSO not linked</source>
        <translation>SSO nicht verknüpft</translation>
    </message>
    <message>
        <source>Managed by the identity provider</source>
        <translation>Vom Identitätsanbieter verwaltet</translation>
    </message>
    <message>
        <source>Not managed</source>
        <translation>Nicht verwaltet</translation>
    </message>
    <message>
        <source>With linked accounts</source>
        <translation>Mit verknüpften Konten</translation>
    </message>
    <message>
        <source>Without linked accounts</source>
        <translation>Ohne verknüpfte Konten</translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(wird geladen…)</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>Wählen Sie zuerst ein Mitglied.</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Copied %1 email addresses.</source>
        <translation>%1 E-Mail-Adressen kopiert.</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Members exported</source>
        <translation>Mitglieder exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Save the %n selected members as CSV or JSON</source>
        <translation>
            <numerusform>Das ausgewählte Mitglied als CSV oder JSON speichern</numerusform>
            <numerusform>Die %n ausgewählten Mitglieder als CSV oder JSON speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>Export selected members</source>
        <translation>Ausgewählte Mitglieder exportieren</translation>
    </message>
    <message>
        <source>%1 (members could not be read)</source>
        <translation>%1 (Mitglieder konnten nicht gelesen werden)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln member</source>
        <translation>
            <numerusform>%1 von %Ln Mitglied angezeigt</numerusform>
            <numerusform>%1 von %Ln Mitgliedern angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln members</source>
        <translation>
            <numerusform>%1 von %Ln Mitglied angezeigt</numerusform>
            <numerusform>%1 von %Ln Mitgliedern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>The teams could not be read (%1): members are listed without their teams. Reload (F5) to try again.</source>
        <translation>Die Teams konnten nicht gelesen werden (%1): Mitglieder werden ohne ihre Teams aufgeführt. Neu laden (F5), um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The members of team %1 could not be read (%2): the Teams column, the team filter and No team leave them out. Reload (F5) to try again.</source>
        <translation>Die Mitglieder des Teams %1 konnten nicht gelesen werden (%2): Die Spalte Teams, der Teamfilter und „Ohne Team“ lassen sie aus. Neu laden (F5), um es erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>The members of %n teams could not be read (%1: %2): the Teams column, the team filter and No team leave them out. Reload (F5) to try again.</source>
        <translation>
            <numerusform>Die Mitglieder von %n Team konnten nicht gelesen werden (%1: %2): Die Spalte Teams, der Teamfilter und „Ohne Team“ lassen sie aus. Neu laden (F5), um es erneut zu versuchen.</numerusform>
            <numerusform>Die Mitglieder von %n Teams konnten nicht gelesen werden (%1: %2): Die Spalte Teams, der Teamfilter und „Ohne Team“ lassen sie aus. Neu laden (F5), um es erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every team&apos;s members could be read: members shown here may be on a team.</source>
        <translation>Nicht von jedem Team konnten die Mitglieder gelesen werden: Hier gezeigte Mitglieder können in einem Team sein.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln member to %1.</source>
        <translation>
            <numerusform>%Ln Mitglied in %1 gespeichert.</numerusform>
            <numerusform>%Ln Mitglieder in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln members to %1.</source>
        <translation>
            <numerusform>%Ln Mitglied in %1 gespeichert.</numerusform>
            <numerusform>%Ln Mitglieder in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview the resend request…</source>
        <translation>Vorschau der erneuten Einladung…</translation>
    </message>
    <message>
        <source>Change selected members…</source>
        <translation>Ausgewählte Mitglieder ändern…</translation>
    </message>
    <message>
        <source>One change for every selected member, checked before it is sent (Ctrl+Shift+B)</source>
        <translation>Eine Änderung für jedes ausgewählte Mitglied, geprüft, bevor sie gesendet wird (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>1 selected member</source>
        <translation>1 ausgewähltes Mitglied</translation>
    </message>
    <message>
        <source>%1 selected members</source>
        <translation>%1 ausgewählte Mitglieder</translation>
    </message>
</context>
<context>
    <name>sm::gui::MessageDialog</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>sm::gui::ProfileMenu</name>
    <message>
        <source>&amp;Forget Saved Token</source>
        <translation>Gespeichertes Token &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Remove Profile…</source>
        <translation>Profil &amp;entfernen…</translation>
    </message>
    <message>
        <source>Delete this profile&apos;s token from the system keychain</source>
        <translation>Das Token dieses Profils aus dem Schlüsselbund des Systems löschen</translation>
    </message>
    <message>
        <source>Remove this profile and its saved token</source>
        <translation>Dieses Profil und sein gespeichertes Token entfernen</translation>
    </message>
    <message>
        <source>Connect to %1 on %2</source>
        <translation>Mit %1 auf %2 verbinden</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>Keine gespeicherten Profile</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Profile: press to choose another saved connection from a menu</source>
        <translation>Profil: drücken, um eine andere gespeicherte Verbindung aus einem Menü zu wählen</translation>
    </message>
</context>
<context>
    <name>sm::gui::RequestPreviewDialog</name>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>A curl command that sends this request from a shell where SENTRY_AUTH_TOKEN is set</source>
        <translation>Ein curl-Befehl, der diese Anfrage aus einer Shell sendet, in der SENTRY_AUTH_TOKEN gesetzt ist</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>sm::gui::RowChange</name>
    <message>
        <source>Checking what Sentry has…</source>
        <translation>Stand in Sentry wird geprüft…</translation>
    </message>
</context>
<context>
    <name>sm::gui::ScimProvisionForm</name>
    <message>
        <source>&amp;Provision</source>
        <translation>Bereitstelle&amp;n</translation>
    </message>
    <message>
        <source>Organization default</source>
        <translation>Standard der Organisation</translation>
    </message>
    <message>
        <source>Provisioning %1…</source>
        <translation>Stelle %1 bereit…</translation>
    </message>
    <message>
        <source>Provisioned %1 through SCIM with the organization&apos;s default role (%2).</source>
        <translation>%1 über SCIM mit der Standardrolle der Organisation (%2) bereitgestellt.</translation>
    </message>
    <message>
        <source>Provisioned %1 through SCIM as %2; the role is now managed by your identity provider.</source>
        <translation>%1 über SCIM als %2 bereitgestellt; die Rolle wird jetzt von Ihrem Identitätsanbieter verwaltet.</translation>
    </message>
    <message>
        <source>Provision SCIM user</source>
        <translation>SCIM-Benutzer bereitstellen</translation>
    </message>
</context>
<context>
    <name>sm::gui::ScimView</name>
    <message>
        <source>&amp;Provision…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <source>&amp;Deprovision…</source>
        <translation>Bereitstellung au&amp;fheben…</translation>
    </message>
    <message>
        <source>Members provisioned by your identity provider through SCIM. SCIM needs SAML2 with SCIM enabled in Sentry; connect with the SCIM token Sentry shows there.</source>
        <translation>Mitglieder, die Ihr Identitätsanbieter über SCIM bereitgestellt hat. SCIM braucht SAML2 mit aktiviertem SCIM in Sentry; verbinden Sie sich mit dem SCIM-Token, das Sentry dort anzeigt.</translation>
    </message>
    <message>
        <source>The exact email; empty lists everyone</source>
        <translation>Die genaue E-Mail; leer zeigt alle</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>SCIM users</source>
        <translation>SCIM-Benutzer</translation>
    </message>
    <message>
        <source>SCIM is not enabled for this organization, or this token may not use it. Sentry answered: %1</source>
        <translation>SCIM ist für diese Organisation nicht aktiviert, oder dieses Token darf es nicht nutzen. Sentry antwortete: %1</translation>
    </message>
    <message>
        <source>Could not read the SCIM users: %1</source>
        <translation>Die SCIM-Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading SCIM users… %1 so far</source>
        <translation>SCIM-Benutzer werden gelesen… bisher %1</translation>
    </message>
    <message>
        <source>Press Show to list the SCIM users.</source>
        <translation>Drücken Sie „Zeigen“, um die SCIM-Benutzer aufzulisten.</translation>
    </message>
    <message>
        <source>%1 SCIM users</source>
        <translation>%1 SCIM-Benutzer</translation>
    </message>
    <message>
        <source>Deprovisioning needs the member:admin scope, which your role does not have.</source>
        <translation>Zum Aufheben der Bereitstellung ist der Bereich member:admin nötig, den Ihre Rolle nicht hat.</translation>
    </message>
    <message>
        <source>Select a SCIM user first.</source>
        <translation>Wählen Sie zuerst einen SCIM-Benutzer.</translation>
    </message>
    <message>
        <source>Deprovision SCIM user</source>
        <translation>Bereitstellung des SCIM-Benutzers aufheben</translation>
    </message>
    <message>
        <source>Deprovisioning %1 removes them from the organization for good, as their identity provider would. Type their email to confirm.</source>
        <translation>Das Aufheben der Bereitstellung entfernt %1 endgültig aus der Organisation, wie es der Identitätsanbieter täte. Geben Sie zur Bestätigung die E-Mail ein.</translation>
    </message>
    <message>
        <source>Deprovision</source>
        <translation>Bereitstellung aufheben</translation>
    </message>
    <message>
        <source>Could not deprovision %1</source>
        <translation>Die Bereitstellung von %1 konnte nicht aufgehoben werden</translation>
    </message>
    <message>
        <source>SCIM user deprovisioned</source>
        <translation>Bereitstellung aufgehoben</translation>
    </message>
    <message>
        <source>%1 was deprovisioned and is no longer a member.</source>
        <translation>Die Bereitstellung von %1 wurde aufgehoben; %1 ist kein Mitglied mehr.</translation>
    </message>
    <message>
        <source>Find by &amp;email:</source>
        <translation>Per E-Mail &amp;suchen:</translation>
    </message>
    <message>
        <source>Deprovision %1?</source>
        <translation>Bereitstellung von %1 aufheben?</translation>
    </message>
    <message>
        <source>Deprovisioning %1…</source>
        <translation>Bereitstellung von %1 wird aufgehoben…</translation>
    </message>
</context>
<context>
    <name>sm::gui::SelectionChangeDialog</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Change the selected member</source>
        <translation>Ausgewähltes Mitglied ändern</translation>
    </message>
    <message>
        <source>Change %1 selected members</source>
        <translation>%1 ausgewählte Mitglieder ändern</translation>
    </message>
    <message>
        <source>&amp;Check…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>This organization has no teams.</source>
        <translation>Diese Organisation hat keine Teams.</translation>
    </message>
    <message>
        <source>The team&apos;s default</source>
        <translation>Standardrolle des Teams</translation>
    </message>
</context>
<context>
    <name>sm::gui::TaskForm</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for Sentry (Esc)</source>
        <translation>Nicht länger auf Sentry warten (Esc)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>Please correct the marked fields. Nothing was sent.</source>
        <translation>Bitte korrigieren Sie die markierten Felder. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Checking what Sentry has…</source>
        <translation>Stand in Sentry wird geprüft…</translation>
    </message>
    <message>
        <source>Checking whether the cancelled change was made…</source>
        <translation>Es wird geprüft, ob die abgebrochene Änderung vorgenommen wurde…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Pre&amp;view request…</source>
        <translation>Anfrage-Vorscha&amp;u…</translation>
    </message>
    <message>
        <source>Show the request this form would send, without sending it</source>
        <translation>Die Anfrage zeigen, die dieses Formular senden würde, ohne sie zu senden</translation>
    </message>
    <message>
        <source>There is nothing to send yet.</source>
        <translation>Es gibt noch nichts zu senden.</translation>
    </message>
    <message>
        <source>%1: request preview</source>
        <translation>%1: Vorschau der Anfrage</translation>
    </message>
</context>
<context>
    <name>sm::gui::TeamPicker</name>
    <message>
        <source>Loading teams…</source>
        <translation>Teams werden geladen…</translation>
    </message>
    <message>
        <source>Teams could not be loaded: %1</source>
        <translation>Die Teams konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This organization has no teams yet.</source>
        <translation>Diese Organisation hat noch keine Teams.</translation>
    </message>
    <message>
        <source>%1 · managed by your identity provider</source>
        <translation>%1 · von Ihrem Identitätsanbieter verwaltet</translation>
    </message>
    <message>
        <source>Team role in %1</source>
        <translation>Teamrolle in %1</translation>
    </message>
    <message>
        <source>Team role in %1:</source>
        <translation>Teamrolle in %1:</translation>
    </message>
    <message>
        <source>Membership of this team is managed by your identity provider.</source>
        <translation>Die Mitgliedschaft in diesem Team wird von Ihrem Identitätsanbieter verwaltet.</translation>
    </message>
</context>
<context>
    <name>sm::gui::TeamsView</name>
    <message>
        <source>&amp;Show members</source>
        <translation>&amp;Mitglieder zeigen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Show this team&apos;s members in the Members view</source>
        <translation>Die Mitglieder dieses Teams in der Mitgliederansicht zeigen</translation>
    </message>
    <message>
        <source>1 team</source>
        <translation>1 Team</translation>
    </message>
    <message>
        <source>%1 teams</source>
        <translation>%1 Teams</translation>
    </message>
</context>
<context>
    <name>sm::gui::rolepicker</name>
    <message>
        <source>retired: give team roles instead</source>
        <translation>abgeschafft: vergeben Sie stattdessen Teamrollen</translation>
    </message>
    <message>
        <source>your role cannot assign it</source>
        <translation>Ihre Rolle kann sie nicht vergeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sm::l10n</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>sm::l10n::detailsText</name>
    <message>
        <source>… and %1 more not shown.</source>
        <translation>… und %1 weitere nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>sm::ops</name>
    <message>
        <source>member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>%1 is invited as %2.</source>
        <translation>%1 ist als %2 eingeladen.</translation>
    </message>
    <message>
        <source>%1 is a member as %2.</source>
        <translation>%1 ist Mitglied als %2.</translation>
    </message>
    <message>
        <source>%1 is %2, on %3.</source>
        <translation>%1 ist %2, in %3.</translation>
    </message>
    <message>
        <source>Link %1 connects %2 account %3 to user %4.</source>
        <translation>Verknüpfung %1 verbindet das %2-Konto %3 mit Benutzer %4.</translation>
    </message>
    <message>
        <source>Sentry has no member or invitation for %1.</source>
        <translation>Sentry hat kein Mitglied und keine Einladung für %1.</translation>
    </message>
    <message>
        <source>%1 It was so before this request.</source>
        <translation>%1 Das war schon vor dieser Anfrage so.</translation>
    </message>
    <message>
        <source>Sentry has no member %1 any more.</source>
        <translation>Sentry hat kein Mitglied %1 mehr.</translation>
    </message>
    <message>
        <source>Sentry&apos;s audit log shows the invitation to %1 sent again.</source>
        <translation>Das Audit-Log von Sentry zeigt die erneut gesendete Einladung an %1.</translation>
    </message>
    <message>
        <source>Sentry&apos;s audit log shows no new invitation to %1.</source>
        <translation>Das Audit-Log von Sentry zeigt keine neue Einladung an %1.</translation>
    </message>
    <message>
        <source>%1 is no longer in the organization.</source>
        <translation>%1 ist nicht mehr in der Organisation.</translation>
    </message>
    <message>
        <source>%1 is not among the SCIM users.</source>
        <translation>%1 ist nicht unter den SCIM-Benutzern.</translation>
    </message>
    <message>
        <source>%1 was among the SCIM users before this request.</source>
        <translation>%1 war schon vor dieser Anfrage unter den SCIM-Benutzern.</translation>
    </message>
    <message>
        <source>%1 is among the SCIM users.</source>
        <translation>%1 ist unter den SCIM-Benutzern.</translation>
    </message>
    <message>
        <source>No link connects %1 account %2 to user %3.</source>
        <translation>Keine Verknüpfung verbindet das %1-Konto %2 mit Benutzer %3.</translation>
    </message>
    <message>
        <source>Sentry has no link %1 any more.</source>
        <translation>Sentry hat keine Verknüpfung %1 mehr.</translation>
    </message>
    <message>
        <source>Sentry has no link %1.</source>
        <translation>Sentry hat keine Verknüpfung %1.</translation>
    </message>
    <message>
        <source>The invitation to %1 was sent again.</source>
        <translation>Die Einladung an %1 wurde erneut gesendet.</translation>
    </message>
    <message>
        <source>%1 is %2 and on no team.</source>
        <translation>%1 ist %2 und in keinem Team.</translation>
    </message>
</context>
<context>
    <name>sm::ops::Operation</name>
    <message>
        <source>member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>Invite %1 as %2</source>
        <translation>%1 als %2 einladen</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>Make %1 %2, on %3</source>
        <translation>%1 zu %2 machen, in %3</translation>
    </message>
    <message>
        <source>Put %1 on %2</source>
        <translation>%1 in %2 aufnehmen</translation>
    </message>
    <message>
        <source>Send %1 a new invitation</source>
        <translation>%1 eine neue Einladung senden</translation>
    </message>
    <message>
        <source>Send the invitation to %1 again</source>
        <translation>Die Einladung an %1 erneut senden</translation>
    </message>
    <message>
        <source>Remove %1 from the organization</source>
        <translation>%1 aus der Organisation entfernen</translation>
    </message>
    <message>
        <source>Provision %1 through SCIM</source>
        <translation>%1 über SCIM bereitstellen</translation>
    </message>
    <message>
        <source>Provision %1 through SCIM as %2</source>
        <translation>%1 über SCIM als %2 bereitstellen</translation>
    </message>
    <message>
        <source>Deprovision %1 through SCIM</source>
        <translation>%1 über SCIM entfernen</translation>
    </message>
    <message>
        <source>Link %1 account %2 to %3</source>
        <translation>%1-Konto %2 mit %3 verknüpfen</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Change link %1 to %2 account %3</source>
        <translation>Verknüpfung %1 auf das %2-Konto %3 ändern</translation>
    </message>
    <message>
        <source>Delete link %1</source>
        <translation>Verknüpfung %1 löschen</translation>
    </message>
    <message>
        <source>unknown operation kind &quot;%1&quot;</source>
        <translation>unbekannte Art von Vorgang „%1“</translation>
    </message>
    <message>
        <source>teamRoles must be a list of {&quot;teamSlug&quot;, &quot;role&quot;}</source>
        <translation>teamRoles muss eine Liste von {&quot;teamSlug&quot;, &quot;role&quot;} sein</translation>
    </message>
</context>
<context>
    <name>sm::ops::OperationRun</name>
    <message>
        <source>Cancelled. Nothing was sent.</source>
        <translation>Abgebrochen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing was sent: reading what Sentry has first failed: %1</source>
        <translation>Es wurde nichts gesendet: Das vorherige Lesen des Stands in Sentry ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled after the request was sent: Sentry may still make the change. Check what Sentry has before sending it again.</source>
        <translation>Abgebrochen, nachdem die Anfrage gesendet war: Sentry kann die Änderung noch vornehmen. Prüfen Sie den Stand in Sentry, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>%1Checking what Sentry has failed too: %2 The change may or may not have been made; look in Sentry before sending it again.</source>
        <translation>%1Auch die Prüfung des Stands in Sentry ist fehlgeschlagen: %2 Die Änderung wurde möglicherweise vorgenommen, möglicherweise nicht; sehen Sie in Sentry nach, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>%1A check cannot tell whether the change was made. Look in Sentry before sending it again.</source>
        <translation>%1Eine Prüfung kann nicht feststellen, ob die Änderung vorgenommen wurde. Sehen Sie in Sentry nach, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The change was made. %1A check found: %2</source>
        <translation>Die Änderung wurde vorgenommen. %1Eine Prüfung ergab: %2</translation>
    </message>
    <message>
        <source>The teams were changed, the organization role was not. %1A check found: %2</source>
        <translation>Die Teams wurden geändert, die Organisationsrolle nicht. %1Eine Prüfung ergab: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. %1A check found: %2 You can send it again.</source>
        <translation>Es wurde nichts geändert. %1Eine Prüfung ergab: %2 Sie können es erneut senden.</translation>
    </message>
    <message>
        <source>%1 Sentry saves the teams before it checks the role, and reading the member again failed: %2 Look at the member&apos;s teams before changing them again.</source>
        <translation>%1 Sentry speichert die Teams, bevor es die Rolle prüft, und das erneute Lesen des Mitglieds ist fehlgeschlagen: %2 Sehen Sie sich die Teams des Mitglieds an, bevor Sie sie erneut ändern.</translation>
    </message>
    <message>
        <source>Sentry refused the role change: %1 It had already replaced the teams: %2</source>
        <translation>Sentry hat die Rollenänderung abgelehnt: %1 Die Teams hatte es bereits ersetzt: %2</translation>
    </message>
    <message>
        <source>Sentry&apos;s answer was lost: %1</source>
        <translation>Die Antwort von Sentry ging verloren: %1</translation>
    </message>
</context>
<context>
    <name>sm::profiles::ConnectionPlan</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>%1 is set but not used: the profile %2 was named.</source>
        <translation>%1 ist gesetzt, wird aber nicht verwendet: Das Profil %2 wurde angegeben.</translation>
    </message>
</context>
<context>
    <name>sm::profiles::Profile</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>sm::profiles::ProfileStore</name>
    <message>
        <source>No token is saved for this profile.</source>
        <translation>Für dieses Profil ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain has no token for this profile any more.</source>
        <translation>Der Schlüsselbund des Systems hat kein Token mehr für dieses Profil.</translation>
    </message>
    <message>
        <source>The token is kept for this session only.</source>
        <translation>Das Token wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>%1 The token is kept for this session only.</source>
        <translation>%1 Das Token wird nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>sm::profiles::VaultJob</name>
    <message>
        <source>The system keychain did not answer within %1 seconds (it may be locked, waiting for a password prompt).</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet (er ist vielleicht gesperrt und wartet auf eine Passworteingabe).</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain did not answer (it said: “%1”).</source>
        <translation>Der Systemschlüsselbund hat nicht geantwortet (er meldete: „%1“).</translation>
    </message>
</context>
<context>
    <name>sm::roles</name>
    <message>
        <source>Team Admin</source>
        <translation>Team-Admin</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Mitwirkender</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>no teams</source>
        <translation>keine Teams</translation>
    </message>
</context>
<context>
    <name>sm::trust</name>
    <message>
        <source>Cannot read the CA certificate file: %1</source>
        <translation>Die CA-Zertifikatsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This file is too large to be a CA certificate.</source>
        <translation>Diese Datei ist zu groß für ein CA-Zertifikat.</translation>
    </message>
    <message>
        <source>This file holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Diese Datei enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
</TS>

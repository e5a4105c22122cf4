// The desk's frame: top bar (office, global search, who is signed in) and the navigation rail on
// the start (right) side.
import { ActionIcon, AppShell, Badge, Center, Group, Loader, NavLink, Text, Tooltip } from '@mantine/core';
import {
  IconBuilding,
  IconCalendarDue,
  IconFileImport,
  IconFileText,
  IconLayoutDashboard,
  IconLogout,
  IconMailbox,
  IconRadar,
  IconSettings,
  IconShieldLock,
  IconUsers,
} from '@tabler/icons-react';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { startChangeStream } from '../api/changes';
import { startLiveQueries } from '../api/liveQueries';
import { useAuth, useIdentity } from '../auth/AuthContext';
import { useStoredLanguage } from '../pages/settings/language';
import { GlobalSearch } from './GlobalSearch';

interface NavItem {
  to: string;
  label: string;
  icon: typeof IconUsers;
  ownerOnly?: boolean;
  /** Owners and lawyers: what the API allows them only. */
  lawyersOnly?: boolean;
}

const navItems: NavItem[] = [
  { to: '/dashboard', label: 'nav.dashboard', icon: IconLayoutDashboard },
  { to: '/clients', label: 'nav.clients', icon: IconUsers },
  { to: '/import', label: 'nav.import', icon: IconFileImport, lawyersOnly: true },
  { to: '/claims', label: 'nav.claims', icon: IconFileText },
  { to: '/calendar', label: 'nav.calendar', icon: IconCalendarDue },
  { to: '/inbox', label: 'nav.inbox', icon: IconMailbox },
  { to: '/scan', label: 'nav.scan', icon: IconRadar },
  { to: '/admin', label: 'nav.admin', icon: IconBuilding, ownerOnly: true },
  { to: '/security', label: 'nav.security', icon: IconShieldLock, ownerOnly: true },
  { to: '/settings', label: 'nav.settings', icon: IconSettings },
];

export function AppLayout() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const { staff, office } = useIdentity();
  const location = useLocation();
  useStoredLanguage();
  // Other desks' changes, for as long as someone is signed in at this one: the replies they alter are asked for again.
  useEffect(startLiveQueries, []);
  useEffect(startChangeStream, []);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 210, breakpoint: 0 }} padding="lg">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} fz="lg" c="deepBlue.9">
              {t('app.name')}
            </Text>
            <Text c="dimmed">·</Text>
            <Text fw={500} data-testid="office-name">
              {office.name}
            </Text>
          </Group>
          <GlobalSearch />
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={500}>
              {staff.fullName}
            </Text>
            <Badge variant="light" size="sm">
              {t(`header.roles.${staff.role}`)}
            </Badge>
            <Tooltip label={t('header.logout')}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('header.logout')} onClick={() => void signOut()}>
                <IconLogout size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')}>
        {navItems
          .filter(
            (item) => (!item.ownerOnly || staff.role === 'owner') && (!item.lawyersOnly || staff.role !== 'staff'),
          )
          .map((item) => (
            <NavLink
              key={item.to}
              component={RouterLink}
              to={item.to}
              label={t(item.label)}
              leftSection={<item.icon size={18} />}
              active={location.pathname.startsWith(item.to)}
            />
          ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {/* Each screen is its own chunk (pages/lazy): the shell stays while one loads. */}
        <Suspense
          fallback={
            <Center p="xl">
              <Loader />
            </Center>
          }
        >
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

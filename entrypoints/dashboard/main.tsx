import '../../components/common/pages.css';
import { mountPage } from '../../components/common/mount-page';
import { DashboardApp } from '../../components/library/DashboardApp';

mountPage(DashboardApp);

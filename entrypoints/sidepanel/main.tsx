import '../../components/common/pages.css';
import { mountPage } from '../../components/common/mount-page';
import { SidePanelApp } from '../../components/library/SidePanelApp';

mountPage(SidePanelApp);

import '../../components/common/pages.css';
import { mountPage } from '../../components/common/mount-page';
import { PopupApp } from '../../components/library/PopupApp';

mountPage(PopupApp);

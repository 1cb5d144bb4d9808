import '../../components/common/pages.css';
import { mountPage } from '../../components/common/mount-page';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';

mountPage(WelcomeApp);

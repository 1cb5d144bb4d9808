import '../../components/common/pages.css';
import { mountPage } from '../../components/common/mount-page';
import { OptionsApp } from '../../components/options/OptionsApp';

mountPage(OptionsApp);

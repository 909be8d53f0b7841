// The region extractor shared by search filters and the UI's facets.
import { describe, expect, it } from 'vitest';
import { CITIES, PROVINCES, extractRegion, placesIn } from '../../../shared/model/region.ts';

describe('extractRegion', () => {
  it('has the 34 province-level divisions', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.short)).size).toBe(34);
    for (const city of CITIES) expect(PROVINCES.some((p) => p.short === city.province)).toBe(true);
  });

  it('takes the region of the issuing agency first', () => {
    expect(extractRegion({ title: '关于进一步加强绿色政府采购有关事项的通知', agencies: ['北京市财政局'] })).toEqual({ province: '北京', city: '北京' });
    expect(extractRegion({ title: '关于做好奖励资金申报工作的通知', agencies: ['山西省地方金融监督管理局'] })).toEqual({ province: '山西', city: null });
    expect(extractRegion({ title: '关于印发行动方案的通知', agencies: ['宁夏回族自治区工业和信息化厅'] })).toEqual({ province: '宁夏', city: null });
  });

  it('falls back to the title, and keeps a city of that province', () => {
    expect(extractRegion({ title: '山西关于做好全省小微企业挂牌“晋兴板”奖励资金申报工作的通知', agencies: [] })).toEqual({ province: '山西', city: null });
    expect(extractRegion({ title: '广东省深圳市关于发布资助申请指南的通知', agencies: [] })).toEqual({ province: '广东', city: '深圳' });
    expect(extractRegion({ title: '关于发布2019年企业研究开发资助申请指南的通知', agencies: ['深圳市科技创新委员会'] })).toEqual({ province: '广东', city: '深圳' });
    expect(extractRegion({ title: '关于印发《内蒙古自治区工业绿色发展方案》的通知', agencies: ['国家发展改革委'] })).toEqual({ province: '内蒙古', city: null });
  });

  it('gives nulls for national notices', () => {
    expect(extractRegion({ title: '关于加强长江经济带工业绿色发展的指导意见', agencies: ['工业和信息化部', '财政部'] })).toEqual({ province: null, city: null });
    expect(extractRegion({ title: '关于知识产权服务民营企业创新发展若干措施的通知', agencies: ['国家知识产权局'] })).toEqual({ province: null, city: null });
  });

  it('reads the earliest place, longest name first', () => {
    expect(extractRegion({ title: '上海南京联合举办', agencies: [] })).toEqual({ province: '上海', city: '上海' });
  });
});

describe('placesIn', () => {
  it('knows every prefecture-level city and district by its full name', () => {
    expect(placesIn('关于印发淮北市绿色工厂评价管理暂行办法的通知')).toMatchObject([{ name: '淮北市', province: '安徽', city: '淮北', district: null }]);
    expect(placesIn('黔东南苗族侗族自治州')).toMatchObject([{ province: '贵州' }]);
    expect(placesIn('注册地在北京市海淀区')).toMatchObject([{ province: '北京' }, { province: '北京', city: '北京', district: '海淀区' }]);
  });

  it('reads a district name two cities share by the place named before it, else not at all', () => {
    expect(placesIn('长春市朝阳区')).toMatchObject([{ city: '长春' }, { province: '吉林', city: '长春', district: '朝阳区' }]);
    expect(placesIn('北京市朝阳区')).toMatchObject([{ city: '北京' }, { province: '北京', district: '朝阳区' }]);
    expect(placesIn('朝阳区')).toEqual([]);
  });

  it('does not read 市场 as a city', () => {
    expect(placesIn('吉林市场监督管理厅')).toMatchObject([{ name: '吉林', province: '吉林', city: null }]);
  });
});

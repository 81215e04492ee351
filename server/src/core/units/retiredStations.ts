/**
 * The words of the stations and offices the reforms of 2018 merged away (工商所, 食药监所 and 质监站
 * into the 市场监管所, 安监站 into 应急管理, 国土所 into 自然资源所): a name holding one is a retired
 * one, left to units/unknown, which names its successor from retired-names.json. Every reader of a
 * station or an institution by its shape (townOffices.ts, fieldInstitutions.ts) refuses them, so
 * that no shape revives a retired body. Keep this list and retired-names.json alike.
 */
export const RETIRED_STATION = /工商|食药监|食品药品|质监|质量技术监督|安监|安全生产监督|国土/;

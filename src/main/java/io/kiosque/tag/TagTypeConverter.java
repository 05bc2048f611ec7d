package io.kiosque.tag;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores tag types by their lowercase wire names, as the database check constraint expects.
 */
@Converter(autoApply = true)
public class TagTypeConverter implements AttributeConverter<TagType, String> {

    @Override
    public String convertToDatabaseColumn(TagType type) {
        return type == null ? null : type.wireName();
    }

    @Override
    public TagType convertToEntityAttribute(String value) {
        return value == null ? null : TagType.fromWireName(value).orElseThrow();
    }
}

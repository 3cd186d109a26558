package dev.kabinet.metering.meters;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores a meter's scales as {@code T1}, {@code T1,T2} or {@code T1,T2,T3} (a check constraint keeps them so). */
@Converter
class ZonesConverter implements AttributeConverter<List<Zone>, String> {

    @Override
    public String convertToDatabaseColumn(List<Zone> zones) {
        return zones.stream().map(Zone::name).collect(Collectors.joining(","));
    }

    @Override
    public List<Zone> convertToEntityAttribute(String column) {
        return Arrays.stream(column.split(","))
                .map(String::trim)
                .map(Zone::valueOf)
                .toList();
    }
}

import { ApiParam } from '@nestjs/swagger';

/** A path parameter that is an id: a UUID (a malformed one is a 400, an unknown one a 404). */
export const ApiIdParam = (description: string, name = 'id') =>
  ApiParam({
    name,
    description,
    schema: { type: 'string', format: 'uuid', example: '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11' },
  });
